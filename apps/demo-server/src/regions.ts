// Region identifier → three-letter region key used inside OCIDs (oc1 and a few other realms).
const REGION_KEYS: Readonly<Record<string, string>> = {
  "us-ashburn-1": "iad",
  "us-phoenix-1": "phx",
  "us-sanjose-1": "sjc",
  "us-chicago-1": "ord",
  "ca-toronto-1": "yyz",
  "ca-montreal-1": "yul",
  "sa-saopaulo-1": "gru",
  "sa-vinhedo-1": "vcp",
  "sa-santiago-1": "scl",
  "sa-bogota-1": "bog",
  "sa-valparaiso-1": "vap",
  "mx-queretaro-1": "qro",
  "mx-monterrey-1": "mty",
  "eu-frankfurt-1": "fra",
  "eu-amsterdam-1": "ams",
  "eu-zurich-1": "zrh",
  "eu-milan-1": "lin",
  "eu-stockholm-1": "arn",
  "eu-marseille-1": "mrs",
  "eu-paris-1": "cdg",
  "eu-madrid-1": "mad",
  "eu-jovanovac-1": "beg",
  "uk-london-1": "lhr",
  "uk-cardiff-1": "cwl",
  "me-jeddah-1": "jed",
  "me-dubai-1": "dxb",
  "me-abudhabi-1": "auh",
  "me-riyadh-1": "ruh",
  "il-jerusalem-1": "mtz",
  "af-johannesburg-1": "jnb",
  "ap-tokyo-1": "nrt",
  "ap-osaka-1": "kix",
  "ap-seoul-1": "icn",
  "ap-chuncheon-1": "yny",
  "ap-mumbai-1": "bom",
  "ap-hyderabad-1": "hyd",
  "ap-sydney-1": "syd",
  "ap-melbourne-1": "mel",
  "ap-singapore-1": "sin",
  "ap-singapore-2": "xsp",
  "ap-batam-1": "hsg",
  "us-gov-ashburn-1": "ric",
  "us-gov-phoenix-1": "tus",
  "us-gov-chicago-1": "pia",
  "uk-gov-london-1": "ltn",
  "uk-gov-cardiff-1": "brs",
  "eu-frankfurt-2": "str",
  "eu-madrid-2": "vll",
};

/** The region key (`iad`, `phx`, …) of a known region id, or undefined for an unknown one. */
export function regionKey(regionId: string): string | undefined {
  return Object.hasOwn(REGION_KEYS, regionId) ? REGION_KEYS[regionId] : undefined;
}

/** Every region id the server accepts. */
export function knownRegions(): string[] {
  return Object.keys(REGION_KEYS);
}
