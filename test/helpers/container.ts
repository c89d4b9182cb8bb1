import { experimental_AstroContainer as AstroContainer } from "astro/container";

/** Astro marks up dev renders with the source file and line of every element; tests read the real markup. */
export const stripDevAttributes = (html: string) =>
  html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, "");

/** A container whose renders come back without dev-only attributes. */
export async function createContainer() {
  const container = await AstroContainer.create();
  return {
    render: async (...args: Parameters<AstroContainer["renderToString"]>) =>
      stripDevAttributes(await container.renderToString(...args)),
  };
}
