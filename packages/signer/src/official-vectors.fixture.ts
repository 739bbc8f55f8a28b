// Oracle's published request-signing examples ("Request Signatures" page, also oracle/oci-go-sdk
// common/http_signer_test.go). Data, not code: the key is Oracle's public 1024-bit sample key.
// The documented date (Thu, 05 Jan 2014) has the wrong weekday; it is signed as given.

export const SAMPLE_PRIVATE_KEY = `-----BEGIN RSA PRIVATE KEY-----
MIICXgIBAAKBgQDCFENGw33yGihy92pDjZQhl0C36rPJj+CvfSC8+q28hxA161QF
NUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6Z4UMR7EOcpfdUE9Hf3m/hs+F
UR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJwoYi+1hqp1fIekaxsyQIDAQAB
AoGBAJR8ZkCUvx5kzv+utdl7T5MnordT1TvoXXJGXK7ZZ+UuvMNUCdN2QPc4sBiA
QWvLw1cSKt5DsKZ8UETpYPy8pPYnnDEz2dDYiaew9+xEpubyeW2oH4Zx71wqBtOK
kqwrXa/pzdpiucRRjk6vE6YY7EBBs/g7uanVpGibOVAEsqH1AkEA7DkjVH28WDUg
f1nqvfn2Kj6CT7nIcE3jGJsZZ7zlZmBmHFDONMLUrXR/Zm3pR5m0tCmBqa5RK95u
412jt1dPIwJBANJT3v8pnkth48bQo/fKel6uEYyboRtA5/uHuHkZ6FQF7OUkGogc
mSJluOdc5t6hI1VsLn0QZEjQZMEOWr+wKSMCQQCC4kXJEsHAve77oP6HtG/IiEn7
kpyUXRNvFsDE0czpJJBvL/aRFUJxuRK91jhjC68sA7NsKMGg5OXb5I5Jj36xAkEA
gIT7aFOYBFwGgQAQkWNKLvySgKbAZRTeLBacpHMuQdl1DfdntvAyqpAZ0lY0RKmW
G6aFKaqQfOXKCyWoUiVknQJAXrlgySFci/2ueKlIE1QqIiLSZ8V8OlpFLRnb1pzI
7U1yQXnTAEFYM560yJlzUpOb1V4cScGd365tiSMvxLOvTA==
-----END RSA PRIVATE KEY-----
`;

export const SAMPLE_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDCFENGw33yGihy92pDjZQhl0C3
6rPJj+CvfSC8+q28hxA161QFNUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6
Z4UMR7EOcpfdUE9Hf3m/hs+FUR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJw
oYi+1hqp1fIekaxsyQIDAQAB
-----END PUBLIC KEY-----
`;

/** Real MD5 fingerprint of the sample key, as printed by newer Oracle docs. */
export const SAMPLE_KEY_FINGERPRINT = "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7";

/** keyId of the vectors (with the placeholder fingerprint the Go SDK test uses; keyId is not signed). */
export const SAMPLE_KEY_ID =
  "ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq/" +
  "ocid1.user.oc1..aaaaaaaat5nvwcna5j6aqzjcaty5eqbb6qt2jvpkanghtgdaqedqw3rynjq/" +
  "20:3b:97:13:55:1c:5b:0d:d3:37:d8:50:4e:c5:3a:34";

/** The instant of the vectors' date header, for verifying them with a fixed clock. */
export const SAMPLE_DATE = "Thu, 05 Jan 2014 21:31:40 GMT";

export interface OfficialVector {
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  expectedSigningString: string;
  /** Exactly as published, in oci-go-sdk parameter order. */
  expectedAuthorization: string;
  /** Headers the signed request must carry besides authorization. */
  expectedHeaders: Record<string, string>;
}

const POST_BODY = `{
    "compartmentId": "ocid1.compartment.oc1..aaaaaaaam3we6vgnherjq5q2idnccdflvjsnog7mlr6rtdb25gilchfeyjxa",
    "instanceId": "ocid1.instance.oc1.phx.abuw4ljrlsfiqw6vzzxb43vyypt4pkodawglp3wqxjqofakrwvou52gb6s5a",
    "volumeId": "ocid1.volume.oc1.phx.abyhqljrgvttnlx73nmrwfaux7kcvzfs3s66izvxf2h4lgvyndsdsnoiwr5q"
}`;

const GET_TARGET =
  "/20160918/instances?availabilityDomain=Pjwf%3A%20PHX-AD-1&compartmentId=ocid1.compartment.oc1..aaaaaaaam3we6vgnherjq5q2idnccdflvjsnog7mlr6rtdb25gilchfeyjxa&displayName=TeamXInstances&volumeId=ocid1.volume.oc1.phx.abyhqljrgvttnlx73nmrwfaux7kcvzfs3s66izvxf2h4lgvyndsdsnoiwr5q";

export const OFFICIAL_VECTORS: readonly OfficialVector[] = [
  {
    name: "GET with an encoded query",
    method: "GET",
    url: `https://iaas.us-phoenix-1.oraclecloud.com${GET_TARGET}`,
    headers: { date: SAMPLE_DATE },
    expectedSigningString: [
      `date: ${SAMPLE_DATE}`,
      `(request-target): get ${GET_TARGET}`,
      "host: iaas.us-phoenix-1.oraclecloud.com",
    ].join("\n"),
    expectedAuthorization:
      `Signature version="1",headers="date (request-target) host",keyId="${SAMPLE_KEY_ID}",algorithm="rsa-sha256",` +
      'signature="GBas7grhyrhSKHP6AVIj/h5/Vp8bd/peM79H9Wv8kjoaCivujVXlpbKLjMPeDUhxkFIWtTtLBj3sUzaFj34XE6YZAHc9r2DmE4pMwOAy/kiITcZxa1oHPOeRheC0jP2dqbTll8fmTZVwKZOKHYPtrLJIJQHJjNvxFWeHQjMaR7M="',
    expectedHeaders: { date: SAMPLE_DATE, host: "iaas.us-phoenix-1.oraclecloud.com" },
  },
  {
    name: "POST with a 316-byte JSON body",
    method: "POST",
    url: "https://iaas.us-phoenix-1.oraclecloud.com/20160918/volumeAttachments",
    headers: { date: SAMPLE_DATE, "content-type": "application/json" },
    body: POST_BODY,
    expectedSigningString: [
      `date: ${SAMPLE_DATE}`,
      "(request-target): post /20160918/volumeAttachments",
      "host: iaas.us-phoenix-1.oraclecloud.com",
      "content-length: 316",
      "content-type: application/json",
      "x-content-sha256: V9Z20UJTvkvpJ50flBzKE32+6m2zJjweHpDMX/U4Uy0=",
    ].join("\n"),
    expectedAuthorization:
      `Signature version="1",headers="date (request-target) host content-length content-type x-content-sha256",keyId="${SAMPLE_KEY_ID}",algorithm="rsa-sha256",` +
      'signature="Mje8vIDPlwIHmD/cTDwRxE7HaAvBg16JnVcsuqaNRim23fFPgQfLoOOxae6WqKb1uPjYEl0qIdazWaBy/Ml8DRhqlocMwoSXv0fbukP8J5N80LCmzT/FFBvIvTB91XuXI3hYfP9Zt1l7S6ieVadHUfqBedWH0itrtPJBgKmrWso="',
    expectedHeaders: {
      date: SAMPLE_DATE,
      host: "iaas.us-phoenix-1.oraclecloud.com",
      "content-length": "316",
      "content-type": "application/json",
      "x-content-sha256": "V9Z20UJTvkvpJ50flBzKE32+6m2zJjweHpDMX/U4Uy0=",
    },
  },
];

/** SHA-256 (hex) of the POST vector's signing string, published as an intermediate check. */
export const POST_SIGNING_STRING_SHA256_HEX = "b0767ea900475d106b82f51642141749e0872a1236ab48219ab3d8123f4eac89";
