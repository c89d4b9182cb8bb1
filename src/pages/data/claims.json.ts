import { siteDownload } from "../../lib/site/downloads.ts";

/** The whole claims dataset as JSON. */
export const GET = siteDownload("json");
