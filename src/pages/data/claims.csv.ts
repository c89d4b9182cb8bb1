import { siteDownload } from "../../lib/site/downloads.ts";

/** The whole claims dataset, one row per claim. */
export const GET = siteDownload("csv");
