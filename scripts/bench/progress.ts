/**
 * One progress line on stderr while a benchmark works: rewritten in place on
 * a terminal, one line per step otherwise (CI logs), so the table on stdout
 * stays clean.
 */
export type Progress = {
  /** A new step: "build 2/6: 500 briefings, cold". */
  step: (text: string) => void;
  /** Clears the line (call before printing results). */
  done: () => void;
};

export function progress(prefix: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  const tty = stream.isTTY === true;
  let current = '';
  let timer: NodeJS.Timeout | null = null;
  const render = () => {
    const elapsed = Math.round((Date.now() - started) / 1000);
    const line = `${prefix} [${Math.floor(elapsed / 60)}:${String(elapsed % 60).padStart(2, '0')}] ${current}`;
    const width = (stream.columns ?? 120) - 1;
    stream.write(`\r${line.slice(0, width).padEnd(width)}`);
  };
  return {
    step(text) {
      current = text;
      if (tty) {
        render();
        timer ??= setInterval(render, 1000).unref();
      } else {
        stream.write(`${prefix} ${text}\n`);
      }
    },
    done() {
      if (timer) clearInterval(timer);
      timer = null;
      if (tty) stream.write(`\r${' '.repeat((stream.columns ?? 120) - 1)}\r`);
    },
  };
}
