// Seed corpus for fuzz_tdvf: small synthetic TDVF images (the metadata
// descriptor, the OVMF GUIDed table and its footer, per TDX.md section 4)
// with sections of each type and attribute, so the fuzzer starts from inputs
// that reach MR_TD computation rather than the first GUID check.
function guid(g) {
  const b = Buffer.from(g.replace(/-/g, ''), 'hex');
  return Buffer.concat([Buffer.from(b.subarray(0, 4)).reverse(), Buffer.from(b.subarray(4, 6)).reverse(), Buffer.from(b.subarray(6, 8)).reverse(), b.subarray(8)]);
}

function image(size, descAt, sections) {
  const b = Buffer.alloc(size, 0xa5);
  b.write('TDVF', descAt, 'ascii');
  b.writeUInt32LE(16 + 32 * sections.length, descAt + 4);
  b.writeUInt32LE(1, descAt + 8);
  b.writeUInt32LE(sections.length, descAt + 12);
  sections.forEach(([dataOffset, rawSize, address, memSize, type, attributes], i) => {
    const o = descAt + 16 + 32 * i;
    b.writeUInt32LE(dataOffset, o);
    b.writeUInt32LE(rawSize, o + 4);
    b.writeBigUInt64LE(BigInt(address), o + 8);
    b.writeBigUInt64LE(BigInt(memSize), o + 16);
    b.writeUInt32LE(type, o + 24);
    b.writeUInt32LE(attributes, o + 28);
  });
  const footerAt = size - 0x30;
  guid('96b582de-1fb2-45f7-baea-a366c55a082d').copy(b, footerAt);
  const entry = Buffer.alloc(22);
  entry.writeUInt32LE(size - descAt, 0);
  entry.writeUInt16LE(22, 4);
  guid('e47a6535-984a-4798-865e-4685a7bf8ec2').copy(entry, 6);
  b.writeUInt16LE(entry.length + 18, footerAt - 2);
  entry.copy(b, footerAt - 2 - entry.length);
  return b;
}

export default function seeds() {
  return {
    seeds: [
      { name: 'bfv-extend', data: image(0x3000, 0x2000, [[0, 0x1000, 0xfffff000, 0x1000, 0, 1]]) },
      {
        name: 'each-type',
        data: image(0x4000, 0x3000, [
          [0, 0x1000, 0xffffe000, 0x1000, 0, 1],
          [0x1000, 0x234, 0xffffd000, 0x1000, 1, 0],
          [0, 0, 0x809000, 0x1000, 2, 0],
          [0, 0, 0x80a000, 0x2000, 3, 2],
        ]),
      },
      { name: 'no-sections', data: image(0x1000, 0x800, []) },
    ],
    maxLen: 0x8000,
    dictionary: ['TDVF'],
  };
}
