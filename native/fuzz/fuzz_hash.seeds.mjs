// Seed corpus for fuzz_hash: byte 0 picks the BLAKE3 mode, byte 1 the output
// length, bytes 2..3 the incremental piece size; the rest is the message.
// Lengths around the chunk (1024) and block (64) boundaries matter most.
function input(mode, outLen, piece, msgLen) {
  const b = Buffer.alloc(4 + msgLen);
  b[0] = mode;
  b[1] = outLen;
  b.writeUInt16LE(piece, 2);
  for (let i = 0; i < msgLen; i++) b[4 + i] = i % 251;
  return b;
}

export default function seeds() {
  const seeds = [];
  for (const [mode, len] of [[0, 0], [0, 64], [1, 1023], [2, 1024], [0, 1025], [1, 2049], [2, 8193]]) {
    seeds.push({ name: `mode${mode}-len${len}`, data: input(mode, 31 + len % 97, 1 + (len % 700), len) });
  }
  return { seeds, maxLen: 20000 };
}
