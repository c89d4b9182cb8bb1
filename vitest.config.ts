/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// getViteConfig lets tests import .astro components and render them with the Container API.
export default getViteConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/globalSetup.ts"],
    // Builds of fixture sites take seconds each; the machine has two cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: { TZ: "UTC", ASTRO_TELEMETRY_DISABLED: "1" },
  },
});
