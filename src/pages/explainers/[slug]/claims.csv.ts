import { explainerDownload, explainerDownloadPaths } from "../../../lib/site/downloads.ts";

export const getStaticPaths = explainerDownloadPaths;

/** The claims one explainer shows, in its text and its charts, one row per claim. */
export const GET = explainerDownload("csv");
