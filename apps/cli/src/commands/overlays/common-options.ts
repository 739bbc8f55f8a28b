import type { OptionOverlay } from "../../types.js";

const FREEFORM_SAMPLE = { tagKey1: "tagValue1", tagKey2: "tagValue2" };
const DEFINED_SAMPLE = {
  tagNamespace1: { tagKey1: "tagValue1", tagKey2: "tagValue2" },
  tagNamespace2: { tagKey1: "tagValue1", tagKey2: "tagValue2" },
};

/**
 * Wording shared by every command with an option of this name; a command's overlay entry wins field by
 * field. The OCI CLI gives every `--compartment-id` the short form `-c` (`oci … list -c $C`).
 */
export const COMMON_OPTIONS: Readonly<Record<string, OptionOverlay>> = {
  "compartment-id": { aliases: ["-c"] },
  "availability-domain": { hint: "<AD>" },
  "destination-region": { hint: "<REGION>" },
  "defined-tags": {
    help: "Defined tags as JSON: {\"namespace\": {\"key\": \"value\"}}. Replaces existing defined tags.",
    sample: DEFINED_SAMPLE,
  },
  "freeform-tags": {
    help: "Free-form tags as JSON: {\"key\": \"value\"}. Replaces existing free-form tags.",
    sample: FREEFORM_SAMPLE,
  },
  "display-name": { help: "A user-friendly name; does not have to be unique." },
  "if-match": { hint: "<ETAG>", help: "Act only if the resource's current etag equals this value." },
  limit: { hint: "<N>", help: "Maximum number of items to return in total." },
  page: { hint: "<TOKEN>", help: "The opc-next-page value from a previous list call." },
  "sort-by": { help: "Field to sort by (TIMECREATED descending, DISPLAYNAME ascending by default)." },
  "sort-order": { help: "Sort order." },
};
