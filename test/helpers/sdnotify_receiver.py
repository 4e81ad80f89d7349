#!/usr/bin/env python3
"""A real sd_notify receiver for test/unit/sdnotify.test.ts (Node has no
AF_UNIX datagram sockets). Binds a SOCK_DGRAM socket at ADDRESS (a path, or
an abstract name written '@name'), prints "READY", then prints each datagram
it receives as one JSON string per line, until COUNT datagrams have arrived
or none arrives for TIMEOUT seconds, or (with a fourth argument STOP) a
datagram equal to STOP arrives (it is not printed)."""
import json
import os
import socket
import sys


def main() -> int:
    address, count, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    stop = sys.argv[4] if len(sys.argv) > 4 else None
    bind_to = "\0" + address[1:] if address.startswith("@") else address
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(bind_to)
    sock.settimeout(timeout)
    print("READY", flush=True)
    try:
        for _ in range(count):
            try:
                data = sock.recv(65536)
            except socket.timeout:
                break
            text = data.decode("latin-1")
            if stop is not None and text == stop:
                break
            print(json.dumps(text), flush=True)
    finally:
        sock.close()
        if not address.startswith("@"):
            os.unlink(address)
    return 0


if __name__ == "__main__":
    sys.exit(main())
