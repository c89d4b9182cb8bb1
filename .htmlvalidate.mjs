// html-validate's settings for the built site (dist/): `npm test` validates every page of the
// example site and of the flood fixture with these (test/build/htmlValidate.test.ts), and
// `npx html-validate dist` does the same by hand after `npm run build`.
//
// A JavaScript file rather than .htmlvalidate.json so that any rule switched off or changed
// here has its reason beside it. Fix the page templates rather than switching a rule off: a rule
// belongs here only when what it objects to is valid HTML that the templates or Astro must emit.
// None is switched off at present.
import { defineConfig } from "html-validate";

export default defineConfig({
  // Stop the search for configuration files here: the site's checks are these and no others.
  root: true,
  extends: ["html-validate:recommended"],
  rules: {},
});
