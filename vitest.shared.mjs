// Shared vitest settings for every workspace. The JSON report is what .ci/run sums into its
// "N passed, N failed" line; vitest's own summary is for humans.
export default {
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: "./test-results.json" },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
};
