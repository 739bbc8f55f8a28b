/**
 * Second-level domain of every OCI realm (oci-signing.md §8). Core Services lives at
 * `https://iaas.<region>.<domain>/20160918` in all of them.
 * @public
 */
export const REALM_DOMAINS: Readonly<Record<string, string>> = {
  oc1: "oraclecloud.com",
  oc2: "oraclegovcloud.com",
  oc3: "oraclegovcloud.com",
  oc4: "oraclegovcloud.uk",
  oc8: "oraclecloud8.com",
  oc9: "oraclecloud9.com",
  oc10: "oraclecloud10.com",
  oc14: "oraclecloud14.com",
  oc15: "oraclecloud15.com",
  oc19: "oraclecloud.eu",
  oc20: "oraclecloud20.com",
  oc21: "oraclecloud21.com",
  oc23: "oraclecloud23.com",
  oc24: "oraclecloud24.com",
  oc26: "oraclecloud26.com",
  oc29: "oraclecloud29.com",
  oc35: "oraclecloud35.com",
  oc42: "oraclecloud42.com",
  oc51: "oraclecloud51.com",
  oc52: "oraclecloud52.com",
};

// Packed as "realm:region/key region/key …" so the table stays one short string in the bundle;
// it is expanded on first lookup, never at import time.
const PACKED_REGIONS =
  "oc1:ap-chuncheon-1/yny ap-mumbai-1/bom ap-hyderabad-1/hyd ap-seoul-1/icn ap-sydney-1/syd " +
  "ap-melbourne-1/mel ap-osaka-1/kix ap-tokyo-1/nrt ca-montreal-1/yul ca-toronto-1/yyz eu-frankfurt-1/fra " +
  "eu-zurich-1/zrh sa-saopaulo-1/gru uk-cardiff-1/cwl uk-london-1/lhr us-ashburn-1/iad us-phoenix-1/phx " +
  "eu-amsterdam-1/ams me-jeddah-1/jed us-sanjose-1/sjc me-dubai-1/dxb sa-santiago-1/scl sa-vinhedo-1/vcp " +
  "il-jerusalem-1/mtz eu-marseille-1/mrs ap-singapore-1/sin me-abudhabi-1/auh eu-milan-1/lin " +
  "eu-stockholm-1/arn af-johannesburg-1/jnb eu-paris-1/cdg mx-queretaro-1/qro eu-madrid-1/mad " +
  "us-chicago-1/ord mx-monterrey-1/mty us-saltlake-2/aga sa-bogota-1/bog sa-valparaiso-1/vap " +
  "ap-singapore-2/xsp me-riyadh-1/ruh ap-delhi-1/onm ap-batam-1/hsg eu-madrid-3/orf eu-turin-1/nrq " +
  "ap-kulai-2/jbp af-casablanca-1/lej|" +
  "oc2:us-langley-1/lfi us-luke-1/luf|" +
  "oc3:us-gov-ashburn-1/ric us-gov-chicago-1/pia us-gov-phoenix-1/tus|" +
  "oc4:uk-gov-london-1/ltn uk-gov-cardiff-1/brs|" +
  "oc8:ap-chiyoda-1/nja ap-ibaraki-1/ukb|" +
  "oc9:me-dcc-muscat-1/mct me-ibri-1/ibr|" +
  "oc10:ap-dcc-canberra-1/wga|" +
  "oc14:eu-dcc-milan-1/bgy eu-dcc-milan-2/mxp eu-dcc-dublin-2/snn eu-dcc-rating-2/dtm eu-dcc-rating-1/dus " +
  "eu-dcc-dublin-1/ork|" +
  "oc15:ap-dcc-gazipur-1/dac|" +
  "oc19:eu-madrid-2/vll eu-frankfurt-2/str|" +
  "oc20:eu-jovanovac-1/beg|" +
  "oc21:me-dcc-doha-1/doh me-alrayyan-1/vve|" +
  "oc23:us-somerset-1/ebb us-thames-1/ebl|" +
  "oc24:eu-dcc-zurich-1/avz eu-crissier-1/avf|" +
  "oc26:me-abudhabi-3/ahu me-alain-1/rba|" +
  "oc29:me-abudhabi-2/rkt me-abudhabi-4/shj|" +
  "oc35:ap-seoul-2/dtz ap-suwon-1/dln ap-chuncheon-2/bno|" +
  "oc42:us-ashburn-2/yxj us-newark-1/pgc|" +
  "oc51:eu-budapest-1/jsk|" +
  "oc52:sa-riodejaneiro-1/hnw";

/** A known region: its id, short key (airport code) and realm. @public */
export interface RegionInfo {
  readonly regionId: string;
  readonly regionKey: string;
  readonly realm: string;
}

let byName: Map<string, RegionInfo> | undefined;

function regionIndex(): Map<string, RegionInfo> {
  if (byName) return byName;
  byName = new Map();
  for (const group of PACKED_REGIONS.split("|")) {
    const [realm = "", list = ""] = group.split(":");
    for (const entry of list.split(" ")) {
      const [regionId = "", regionKey = ""] = entry.split("/");
      const info: RegionInfo = { regionId, regionKey, realm };
      byName.set(regionId, info);
      byName.set(regionKey, info);
    }
  }
  return byName;
}

/**
 * Looks up a region by id (`us-ashburn-1`) or short key (`iad`, any case).
 * Returns `undefined` for regions this table does not know.
 * @public
 */
export function findRegion(region: string): RegionInfo | undefined {
  return regionIndex().get(region.trim().toLowerCase());
}

/** Every region in the built-in table. @public */
export function knownRegions(): RegionInfo[] {
  return [...new Set(regionIndex().values())];
}
