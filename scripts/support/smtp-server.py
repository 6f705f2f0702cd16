"""A real SMTP server for the tests, on loopback: Debian's python3-aiosmtpd.

    python3 scripts/support/smtp-server.py PORT OUT_DIR [--count-only]

Each message it accepts is written to OUT_DIR as NNNNNN.json: envelope,
headers, the text/plain and text/html parts decoded, and its size. With
--count-only (the benchmark) only OUT_DIR/count is kept up to date.
Prints "ready" once listening; stops on SIGTERM.
"""
import asyncio
import email
import json
import os
import signal
import sys
from email import policy

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, out, count_only):
        self.out = out
        self.count_only = count_only
        self.n = 0
        self.bytes = 0

    async def handle_DATA(self, server, session, envelope):
        self.n += 1
        self.bytes += len(envelope.content)
        if self.count_only:
            if self.n % 100 == 0:
                self.flush()
            return "250 OK"
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        parts = {}
        for part in msg.walk():
            kind = part.get_content_type()
            if kind in ("text/plain", "text/html") and kind not in parts:
                parts[kind] = {"content": part.get_content(), "charset": part.get_content_charset(), "bytes": len(part.get_payload(decode=True))}
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "headers": [[k, str(v)] for k, v in msg.items()],
            "parts": parts,
            "size": len(envelope.content),
        }
        tmp = os.path.join(self.out, f".{self.n:06d}.json")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(tmp, os.path.join(self.out, f"{self.n:06d}.json"))
        return "250 OK"

    def flush(self):
        tmp = os.path.join(self.out, ".count")
        with open(tmp, "w") as f:
            f.write(f"{self.n} {self.bytes}\n")
        os.replace(tmp, os.path.join(self.out, "count"))


def main():
    port, out = int(sys.argv[1]), sys.argv[2]
    handler = Keep(out, "--count-only" in sys.argv)
    controller = Controller(handler, hostname="127.0.0.1", port=port, data_size_limit=10_000_000)
    controller.start()
    print("ready", flush=True)
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.run_until_complete(stop.wait())
    handler.flush()
    controller.stop()


if __name__ == "__main__":
    main()
