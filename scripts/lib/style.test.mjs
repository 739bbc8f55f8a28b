// node --test scripts/lib: the demo's headings are bold only on a terminal and never with NO_COLOR.
// The terminal is real: util-linux `script` (Debian's bsdutils) runs the child on a pseudo-terminal.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { bold, canStyle } from "./style.mjs";

const ESC = "\x1b[";
const tty = { isTTY: true };
const pipe = { isTTY: false };

describe("bold / canStyle", () => {
  const rows = [
    ["a terminal", tty, {}, true],
    ["a terminal with NO_COLOR=1", tty, { NO_COLOR: "1" }, false],
    ["a terminal with NO_COLOR=true", tty, { NO_COLOR: "true" }, false],
    ["a terminal with an empty NO_COLOR (means unset)", tty, { NO_COLOR: "" }, true],
    ["a pipe", pipe, {}, false],
    ["a stream without isTTY (a file)", {}, {}, false],
  ];
  for (const [name, stream, env, styled] of rows) {
    it(`${styled ? "styles" : "does not style"} ${name}`, () => {
      assert.equal(canStyle(stream, env), styled);
      assert.equal(bold("» step", stream, env), styled ? `${ESC}1m» step${ESC}0m` : "» step");
    });
  }
});

// The same helper as the demo uses, in a real child process, its stderr a terminal or a pipe.
const child = `import { bold } from ${JSON.stringify(new URL("./style.mjs", import.meta.url).href)}; process.stderr.write(bold("» heading", process.stderr) + "\\n");`;

describe("in a real process", () => {
  it("writes no escape codes to a pipe", () => {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", child], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "" },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "» heading\n");
  });

  for (const [name, noColor, styled] of [
    ["writes bold to a terminal", "", true],
    ["writes no escape codes to a terminal with NO_COLOR", "1", false],
  ]) {
    it(name, () => {
      const command = `${JSON.stringify(process.execPath)} --input-type=module -e ${shellQuote(child)}`;
      const r = spawnSync("script", ["-qec", command, "/dev/null"], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: noColor, FORCE_COLOR: "" },
      });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /» heading/);
      assert.equal(r.stdout.includes(`${ESC}1m`), styled, JSON.stringify(r.stdout));
    });
  }
});

function shellQuote(text) {
  return `'${text.replaceAll("'", `'"'"'`)}'`;
}
