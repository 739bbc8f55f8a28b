export const CONFIG_PLACEHOLDER = true;
