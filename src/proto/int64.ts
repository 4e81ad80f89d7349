// 64-bit integers decode as JS numbers, as the generated .d.ts promises
// (gen:proto passes --force-number). protobufjs would hand back Long objects
// whenever the `long` package is installed, so we switch Long off before any
// generated module evaluates: src/proto/index.ts imports this module first.
// Raft indices, terms and sequences stay far below 2^53.
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long; // the documented switch: no Long class
protobuf.configure();
