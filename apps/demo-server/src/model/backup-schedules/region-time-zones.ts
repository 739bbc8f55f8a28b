/**
 * The "regional data center time" of each region the demo server models, as an IANA time zone: the
 * civil time of the city the region is named after (ocikit's choice; OCI does not publish a table).
 * Schedules with `timeZone: REGIONAL_DATA_CENTER_TIME` run on this clock, daylight saving included.
 * A region missing here runs such schedules on UTC.
 */
const REGION_TIME_ZONES: Readonly<Record<string, string>> = {
  "af-casablanca-1": "Africa/Casablanca",
  "af-johannesburg-1": "Africa/Johannesburg",
  "ap-batam-1": "Asia/Jakarta",
  "ap-chuncheon-1": "Asia/Seoul",
  "ap-delhi-1": "Asia/Kolkata",
  "ap-hyderabad-1": "Asia/Kolkata",
  "ap-kulai-2": "Asia/Kuala_Lumpur",
  "ap-melbourne-1": "Australia/Melbourne",
  "ap-mumbai-1": "Asia/Kolkata",
  "ap-osaka-1": "Asia/Tokyo",
  "ap-seoul-1": "Asia/Seoul",
  "ap-singapore-1": "Asia/Singapore",
  "ap-singapore-2": "Asia/Singapore",
  "ap-sydney-1": "Australia/Sydney",
  "ap-tokyo-1": "Asia/Tokyo",
  "ca-montreal-1": "America/Toronto",
  "ca-toronto-1": "America/Toronto",
  "eu-amsterdam-1": "Europe/Amsterdam",
  "eu-frankfurt-1": "Europe/Berlin",
  "eu-madrid-1": "Europe/Madrid",
  "eu-madrid-3": "Europe/Madrid",
  "eu-marseille-1": "Europe/Paris",
  "eu-milan-1": "Europe/Rome",
  "eu-paris-1": "Europe/Paris",
  "eu-stockholm-1": "Europe/Stockholm",
  "eu-turin-1": "Europe/Rome",
  "eu-zurich-1": "Europe/Zurich",
  "il-jerusalem-1": "Asia/Jerusalem",
  "me-abudhabi-1": "Asia/Dubai",
  "me-dubai-1": "Asia/Dubai",
  "me-jeddah-1": "Asia/Riyadh",
  "me-riyadh-1": "Asia/Riyadh",
  "mx-monterrey-1": "America/Monterrey",
  "mx-queretaro-1": "America/Mexico_City",
  "sa-bogota-1": "America/Bogota",
  "sa-santiago-1": "America/Santiago",
  "sa-saopaulo-1": "America/Sao_Paulo",
  "sa-valparaiso-1": "America/Santiago",
  "sa-vinhedo-1": "America/Sao_Paulo",
  "uk-cardiff-1": "Europe/London",
  "uk-london-1": "Europe/London",
  "us-ashburn-1": "America/New_York",
  "us-chicago-1": "America/Chicago",
  "us-phoenix-1": "America/Phoenix",
  "us-saltlake-2": "America/Denver",
  "us-sanjose-1": "America/Los_Angeles",
};

/** The IANA time zone of a region's data-center time ("UTC" for a region not in the table). */
export function regionTimeZone(regionId: string): string {
  return REGION_TIME_ZONES[regionId] ?? "UTC";
}
