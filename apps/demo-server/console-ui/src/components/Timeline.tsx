import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration } from "chart.js";
import { useEffect, useRef } from "preact/hooks";
import type { Json } from "../api";
import { formatTime } from "../format";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const TYPE_COLOURS: Record<string, string> = { FULL: "#1f4fa8", INCREMENTAL: "#0f766e" };
const ENDED = new Set(["TERMINATING", "TERMINATED"]);

/** Fill and border of one backup's bar: hue by type, and the state as solid (available), pale (in progress), grey (ending) or red (faulty). */
export function barStyle(type: unknown, state: unknown): { fill: string; border: string; dashed: boolean } {
  const base = TYPE_COLOURS[String(type)] ?? "#6b21a8";
  if (state === "FAULTY") return { fill: "#b91c1c", border: "#7f1d1d", dashed: false };
  if (ENDED.has(String(state))) return { fill: "#9ca3af", border: "#4b5563", dashed: true };
  if (state === "AVAILABLE") return { fill: base, border: base, dashed: false };
  return { fill: `${base}55`, border: base, dashed: true };
}

export interface TimelineBar {
  id: string;
  label: string;
  start: number;
  /** Undefined: no expiration (drawn to the right edge). */
  end: number | undefined;
  type: string;
  state: string;
}

/** Bars from timeCreated to expirationTime (or open-ended), oldest at the top. */
export function timelineBars(backups: Json[]): TimelineBar[] {
  return backups
    .map((b) => {
      const exp = typeof b.expirationTime === "string" ? Date.parse(b.expirationTime) : Number.NaN;
      return {
        id: String(b.id),
        label: String(b.displayName ?? b.id),
        start: Date.parse(String(b.timeCreated)),
        end: Number.isNaN(exp) ? undefined : exp,
        type: String(b.type ?? ""),
        state: String(b.lifecycleState ?? ""),
      };
    })
    .filter((b) => !Number.isNaN(b.start))
    .sort((a, b) => a.start - b.start);
}

/**
 * The backup timeline of one volume group: the picture of a retention scheme. The canvas has a text
 * summary for screen readers; the backups table beside it carries the same facts.
 */
export function Timeline({ backups, now }: { backups: Json[]; now: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const bars = timelineBars(backups);
  const last = Math.max(now, ...bars.map((b) => b.end ?? b.start));
  const first = Math.min(now, ...bars.map((b) => b.start));
  const right = last + Math.max((last - first) * 0.1, 60_000);
  useEffect(() => {
    if (canvas.current === null || bars.length === 0) return;
    const styles = bars.map((b) => barStyle(b.type, b.state));
    const config: ChartConfiguration<"bar", [number, number][], string> = {
      type: "bar",
      data: {
        labels: bars.map((b) => b.label),
        datasets: [
          {
            label: "Backups",
            data: bars.map((b) => [b.start, b.end ?? right]),
            backgroundColor: styles.map((s) => s.fill),
            borderColor: styles.map((s) => s.border),
            borderWidth: 2,
            borderSkipped: false,
            barPercentage: 0.8,
          },
        ],
      },
      options: {
        indexAxis: "y",
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: {
            type: "linear",
            min: first - Math.max((last - first) * 0.02, 1000),
            max: right,
            ticks: { callback: (v) => formatTime(new Date(Number(v)).toISOString()).slice(5, 16), maxRotation: 0, color: "#374151" },
            grid: { color: "#e5e7eb" },
          },
          y: { ticks: { color: "#111827" }, grid: { display: false } },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const b = bars[ctx.dataIndex] as TimelineBar;
                return `${b.type} ${b.state}: ${formatTime(new Date(b.start).toISOString())} → ${b.end === undefined ? "no expiration" : formatTime(new Date(b.end).toISOString())}`;
              },
            },
          },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [JSON.stringify(bars), right]);

  if (bars.length === 0) return <p class="muted">No backups of this volume group yet.</p>;
  const summary = `Backup timeline: ${bars.length} backups, ${bars.filter((b) => b.end === undefined).length} without expiration.`;
  return (
    <figure class="timeline">
      <div class="timeline-canvas" style={{ height: `${Math.max(120, bars.length * 32 + 60)}px` }}>
        <canvas ref={canvas} role="img" aria-label={summary}>
          {summary}
        </canvas>
      </div>
      <figcaption>
        <ul class="legend">
          <li>
            <span class="swatch" style={{ background: TYPE_COLOURS.FULL }} /> FULL
          </li>
          <li>
            <span class="swatch" style={{ background: TYPE_COLOURS.INCREMENTAL }} /> INCREMENTAL
          </li>
          <li>
            <span class="swatch pale" /> being created (pale, dashed)
          </li>
          <li>
            <span class="swatch" style={{ background: "#9ca3af" }} /> terminating / terminated
          </li>
          <li>
            <span class="swatch" style={{ background: "#b91c1c" }} /> faulty
          </li>
          <li>bars without an expiration run to the right edge</li>
        </ul>
      </figcaption>
    </figure>
  );
}
