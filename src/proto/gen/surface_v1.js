/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Array = $util.global.Array, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["surface_v1"] || ($protobuf.roots["surface_v1"] = {});

export const tessera = $root.tessera = (() => {

    /**
     * Namespace tessera.
     * @exports tessera
     * @namespace
     */
    const tessera = {};

    tessera.surface = (function() {

        /**
         * Namespace surface.
         * @memberof tessera
         * @namespace
         */
        const surface = {};

        surface.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tessera.surface
             * @namespace
             */
            const v1 = {};

            /**
             * FactStatus enum.
             * @name tessera.surface.v1.FactStatus
             * @enum {number}
             * @property {number} FACT_STATUS_UNSPECIFIED=0 FACT_STATUS_UNSPECIFIED value
             * @property {number} FACT_STATUS_COMPLETE=1 FACT_STATUS_COMPLETE value
             * @property {number} FACT_STATUS_DEGRADED=2 FACT_STATUS_DEGRADED value
             */
            v1.FactStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "FACT_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "FACT_STATUS_COMPLETE"] = 1;
                values[valuesById[2] = "FACT_STATUS_DEGRADED"] = 2;
                return values;
            })();

            v1.EvidencePointer = (function() {

                /**
                 * Properties of an EvidencePointer.
                 * @typedef {Object} tessera.surface.v1.EvidencePointer.$Properties
                 * @property {Uint8Array|null} [member] EvidencePointer member
                 * @property {string|null} [stream] EvidencePointer stream
                 * @property {number|null} [sequence] EvidencePointer sequence
                 * @property {Uint8Array|null} [digest] EvidencePointer digest
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EvidencePointer.
                 * @memberof tessera.surface.v1
                 * @interface IEvidencePointer
                 * @augments tessera.surface.v1.EvidencePointer.$Properties
                 * @deprecated Use tessera.surface.v1.EvidencePointer.$Properties instead.
                 */

                /**
                 * Shape of an EvidencePointer.
                 * @typedef {tessera.surface.v1.EvidencePointer.$Properties} tessera.surface.v1.EvidencePointer.$Shape
                 */

                /**
                 * Constructs a new EvidencePointer.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents an EvidencePointer.
                 * @constructor
                 * @param {tessera.surface.v1.EvidencePointer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EvidencePointer = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EvidencePointer member.
                 * @member {Uint8Array} member
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @instance
                 */
                EvidencePointer.prototype.member = $util.newBuffer([]);

                /**
                 * EvidencePointer stream.
                 * @member {string} stream
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @instance
                 */
                EvidencePointer.prototype.stream = "";

                /**
                 * EvidencePointer sequence.
                 * @member {number} sequence
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @instance
                 */
                EvidencePointer.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EvidencePointer digest.
                 * @member {Uint8Array} digest
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @instance
                 */
                EvidencePointer.prototype.digest = $util.newBuffer([]);

                /**
                 * Creates a new EvidencePointer instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @static
                 * @param {tessera.surface.v1.EvidencePointer.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.EvidencePointer} EvidencePointer instance
                 * @type {{
                 *   (properties: tessera.surface.v1.EvidencePointer.$Shape): tessera.surface.v1.EvidencePointer & tessera.surface.v1.EvidencePointer.$Shape;
                 *   (properties?: tessera.surface.v1.EvidencePointer.$Properties): tessera.surface.v1.EvidencePointer;
                 * }}
                 */
                EvidencePointer.create = function(properties) {
                    return new EvidencePointer(properties);
                };

                /**
                 * Encodes the specified EvidencePointer message. Does not implicitly {@link tessera.surface.v1.EvidencePointer.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @static
                 * @param {tessera.surface.v1.EvidencePointer.$Properties} message EvidencePointer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EvidencePointer.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.member != null && $Object.hasOwnProperty.call(message, "member") && message.member.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.member);
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.stream);
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sequence);
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.digest);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified EvidencePointer message, length delimited. Does not implicitly {@link tessera.surface.v1.EvidencePointer.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @static
                 * @param {tessera.surface.v1.EvidencePointer.$Properties} message EvidencePointer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EvidencePointer.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an EvidencePointer message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.EvidencePointer & tessera.surface.v1.EvidencePointer.$Shape} EvidencePointer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EvidencePointer.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.EvidencePointer();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.member = value;
                                else
                                    delete message.member;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sequence = value;
                                else
                                    delete message.sequence;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.digest = value;
                                else
                                    delete message.digest;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an EvidencePointer message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.EvidencePointer & tessera.surface.v1.EvidencePointer.$Shape} EvidencePointer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EvidencePointer.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an EvidencePointer message.
                 * @function verify
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                EvidencePointer.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
                        if (!(message.member && typeof message.member.length === "number" || $util.isString(message.member)))
                            return "member: buffer expected";
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (!$util.isString(message.stream))
                            return "stream: string expected";
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                            return "sequence: integer|Long expected";
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                        if (!(message.digest && typeof message.digest.length === "number" || $util.isString(message.digest)))
                            return "digest: buffer expected";
                    return null;
                };

                /**
                 * Creates an EvidencePointer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.EvidencePointer} EvidencePointer
                 */
                EvidencePointer.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.EvidencePointer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.EvidencePointer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.EvidencePointer();
                    if (object.member != null)
                        if (object.member.length)
                            if (typeof object.member === "string")
                                $util.base64.decode(object.member, message.member = $util.newBuffer($util.base64.length(object.member)), 0);
                            else if (object.member.length >= 0)
                                message.member = object.member;
                    if (object.stream != null)
                        if (typeof object.stream !== "string" || object.stream.length)
                            message.stream = $String(object.stream);
                    if (object.sequence != null)
                        if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                            if ($util.Long)
                                message.sequence = $util.Long.fromValue(object.sequence, true);
                            else if (typeof object.sequence === "string")
                                message.sequence = $parseInt(object.sequence, 10);
                            else if (typeof object.sequence === "number")
                                message.sequence = object.sequence;
                            else if (typeof object.sequence === "object")
                                message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                    if (object.digest != null)
                        if (object.digest.length)
                            if (typeof object.digest === "string")
                                $util.base64.decode(object.digest, message.digest = $util.newBuffer($util.base64.length(object.digest)), 0);
                            else if (object.digest.length >= 0)
                                message.digest = object.digest;
                    return message;
                };

                /**
                 * Creates a plain object from an EvidencePointer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @static
                 * @param {tessera.surface.v1.EvidencePointer} message EvidencePointer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EvidencePointer.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.member = "";
                        else {
                            object.member = [];
                            if (options.bytes !== $Array)
                                object.member = $util.newBuffer(object.member);
                        }
                        object.stream = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.digest = "";
                        else {
                            object.digest = [];
                            if (options.bytes !== $Array)
                                object.digest = $util.newBuffer(object.digest);
                        }
                    }
                    if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
                        object.member = options.bytes === $String ? $util.base64.encode(message.member, 0, message.member.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.member) : message.member;
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = message.stream;
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                        else if (typeof message.sequence === "number")
                            object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                        else
                            object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                        object.digest = options.bytes === $String ? $util.base64.encode(message.digest, 0, message.digest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.digest) : message.digest;
                    return object;
                };

                /**
                 * Converts this EvidencePointer to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EvidencePointer.prototype.toJSON = function() {
                    return EvidencePointer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for EvidencePointer
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.EvidencePointer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EvidencePointer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.EvidencePointer";
                };

                return EvidencePointer;
            })();

            v1.Fact = (function() {

                /**
                 * Properties of a Fact.
                 * @typedef {Object} tessera.surface.v1.Fact.$Properties
                 * @property {number|null} [sequence] Fact sequence
                 * @property {string|null} [key] Fact key
                 * @property {tessera.surface.v1.FactStatus|null} [status] Fact status
                 * @property {Uint8Array|null} [digest] Fact digest
                 * @property {Array.<tessera.surface.v1.EvidencePointer.$Properties>|null} [evidence] Fact evidence
                 * @property {Array.<Uint8Array>|null} [missing] Fact missing
                 * @property {number|null} [appliedAtMs] Fact appliedAtMs
                 * @property {number|null} [index] Fact index
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Fact.
                 * @memberof tessera.surface.v1
                 * @interface IFact
                 * @augments tessera.surface.v1.Fact.$Properties
                 * @deprecated Use tessera.surface.v1.Fact.$Properties instead.
                 */

                /**
                 * Shape of a Fact.
                 * @typedef {tessera.surface.v1.Fact.$Properties} tessera.surface.v1.Fact.$Shape
                 */

                /**
                 * Constructs a new Fact.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a Fact.
                 * @constructor
                 * @param {tessera.surface.v1.Fact.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Fact = function (properties) {
                    this.evidence = [];
                    this.missing = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Fact sequence.
                 * @member {number} sequence
                 * @memberof tessera.surface.v1.Fact
                 * @instance
                 */
                Fact.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Fact key.
                 * @member {string} key
                 * @memberof tessera.surface.v1.Fact
                 * @instance
                 */
                Fact.prototype.key = "";

                /**
                 * Fact status.
                 * @member {tessera.surface.v1.FactStatus} status
                 * @memberof tessera.surface.v1.Fact
                 * @instance
                 */
                Fact.prototype.status = 0;

                /**
                 * Fact digest.
                 * @member {Uint8Array} digest
                 * @memberof tessera.surface.v1.Fact
                 * @instance
                 */
                Fact.prototype.digest = $util.newBuffer([]);

                /**
                 * Fact evidence.
                 * @member {Array.<tessera.surface.v1.EvidencePointer.$Properties>} evidence
                 * @memberof tessera.surface.v1.Fact
                 * @instance
                 */
                Fact.prototype.evidence = $util.emptyArray;

                /**
                 * Fact missing.
                 * @member {Array.<Uint8Array>} missing
                 * @memberof tessera.surface.v1.Fact
                 * @instance
                 */
                Fact.prototype.missing = $util.emptyArray;

                /**
                 * Fact appliedAtMs.
                 * @member {number} appliedAtMs
                 * @memberof tessera.surface.v1.Fact
                 * @instance
                 */
                Fact.prototype.appliedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Fact index.
                 * @member {number} index
                 * @memberof tessera.surface.v1.Fact
                 * @instance
                 */
                Fact.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Fact instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.Fact
                 * @static
                 * @param {tessera.surface.v1.Fact.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.Fact} Fact instance
                 * @type {{
                 *   (properties: tessera.surface.v1.Fact.$Shape): tessera.surface.v1.Fact & tessera.surface.v1.Fact.$Shape;
                 *   (properties?: tessera.surface.v1.Fact.$Properties): tessera.surface.v1.Fact;
                 * }}
                 */
                Fact.create = function(properties) {
                    return new Fact(properties);
                };

                /**
                 * Encodes the specified Fact message. Does not implicitly {@link tessera.surface.v1.Fact.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.Fact
                 * @static
                 * @param {tessera.surface.v1.Fact.$Properties} message Fact message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Fact.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sequence);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.digest);
                    if (message.evidence != null && message.evidence.length)
                        for (let i = 0; i < message.evidence.length; ++i)
                            $root.tessera.surface.v1.EvidencePointer.encode(message.evidence[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.missing != null && message.missing.length)
                        for (let i = 0; i < message.missing.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.missing[i]);
                    if (message.appliedAtMs != null && $Object.hasOwnProperty.call(message, "appliedAtMs") && (typeof message.appliedAtMs === "object" ? message.appliedAtMs.low || message.appliedAtMs.high : message.appliedAtMs !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.appliedAtMs);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Fact message, length delimited. Does not implicitly {@link tessera.surface.v1.Fact.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.Fact
                 * @static
                 * @param {tessera.surface.v1.Fact.$Properties} message Fact message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Fact.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Fact message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.Fact
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.Fact & tessera.surface.v1.Fact.$Shape} Fact
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Fact.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.Fact();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sequence = value;
                                else
                                    delete message.sequence;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.digest = value;
                                else
                                    delete message.digest;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.evidence && message.evidence.length))
                                    message.evidence = [];
                                message.evidence.push($root.tessera.surface.v1.EvidencePointer.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.missing && message.missing.length))
                                    message.missing = [];
                                message.missing.push(reader.bytes());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.appliedAtMs = value;
                                else
                                    delete message.appliedAtMs;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Fact message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.Fact
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.Fact & tessera.surface.v1.Fact.$Shape} Fact
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Fact.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Fact message.
                 * @function verify
                 * @memberof tessera.surface.v1.Fact
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Fact.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                            return "sequence: integer|Long expected";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                        if (!(message.digest && typeof message.digest.length === "number" || $util.isString(message.digest)))
                            return "digest: buffer expected";
                    if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence")) {
                        if (!$Array.isArray(message.evidence))
                            return "evidence: array expected";
                        for (let i = 0; i < message.evidence.length; ++i) {
                            let error = $root.tessera.surface.v1.EvidencePointer.verify(message.evidence[i], _depth + 1);
                            if (error)
                                return "evidence." + error;
                        }
                    }
                    if (message.missing != null && $Object.hasOwnProperty.call(message, "missing")) {
                        if (!$Array.isArray(message.missing))
                            return "missing: array expected";
                        for (let i = 0; i < message.missing.length; ++i)
                            if (!(message.missing[i] && typeof message.missing[i].length === "number" || $util.isString(message.missing[i])))
                                return "missing: buffer[] expected";
                    }
                    if (message.appliedAtMs != null && $Object.hasOwnProperty.call(message, "appliedAtMs"))
                        if (!$util.isInteger(message.appliedAtMs) && !(message.appliedAtMs && $util.isInteger(message.appliedAtMs.low) && $util.isInteger(message.appliedAtMs.high)))
                            return "appliedAtMs: integer|Long expected";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Fact message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.Fact
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.Fact} Fact
                 */
                Fact.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.Fact)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.Fact: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.Fact();
                    if (object.sequence != null)
                        if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                            if ($util.Long)
                                message.sequence = $util.Long.fromValue(object.sequence, true);
                            else if (typeof object.sequence === "string")
                                message.sequence = $parseInt(object.sequence, 10);
                            else if (typeof object.sequence === "number")
                                message.sequence = object.sequence;
                            else if (typeof object.sequence === "object")
                                message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.tessera.surface.v1.FactStatus[object.status] !== 0))
                        switch (object.status) {
                        case "FACT_STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "FACT_STATUS_COMPLETE":
                        case 1:
                            message.status = 1;
                            break;
                        case "FACT_STATUS_DEGRADED":
                        case 2:
                            message.status = 2;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.digest != null)
                        if (object.digest.length)
                            if (typeof object.digest === "string")
                                $util.base64.decode(object.digest, message.digest = $util.newBuffer($util.base64.length(object.digest)), 0);
                            else if (object.digest.length >= 0)
                                message.digest = object.digest;
                    if (object.evidence) {
                        if (!$Array.isArray(object.evidence))
                            throw $TypeError(".tessera.surface.v1.Fact.evidence: array expected");
                        message.evidence = $Array(object.evidence.length);
                        for (let i = 0; i < object.evidence.length; ++i) {
                            if (!$util.isObject(object.evidence[i]))
                                throw $TypeError(".tessera.surface.v1.Fact.evidence: object expected");
                            message.evidence[i] = $root.tessera.surface.v1.EvidencePointer.fromObject(object.evidence[i], _depth + 1);
                        }
                    }
                    if (object.missing) {
                        if (!$Array.isArray(object.missing))
                            throw $TypeError(".tessera.surface.v1.Fact.missing: array expected");
                        message.missing = $Array(object.missing.length);
                        for (let i = 0; i < object.missing.length; ++i)
                            if (typeof object.missing[i] === "string")
                                $util.base64.decode(object.missing[i], message.missing[i] = $util.newBuffer($util.base64.length(object.missing[i])), 0);
                            else if (object.missing[i].length >= 0)
                                message.missing[i] = object.missing[i];
                    }
                    if (object.appliedAtMs != null)
                        if (typeof object.appliedAtMs === "object" ? object.appliedAtMs.low || object.appliedAtMs.high : $Number(object.appliedAtMs) !== 0)
                            if ($util.Long)
                                message.appliedAtMs = $util.Long.fromValue(object.appliedAtMs, true);
                            else if (typeof object.appliedAtMs === "string")
                                message.appliedAtMs = $parseInt(object.appliedAtMs, 10);
                            else if (typeof object.appliedAtMs === "number")
                                message.appliedAtMs = object.appliedAtMs;
                            else if (typeof object.appliedAtMs === "object")
                                message.appliedAtMs = new $util.LongBits(object.appliedAtMs.low >>> 0, object.appliedAtMs.high >>> 0).toNumber(true);
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Fact message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.Fact
                 * @static
                 * @param {tessera.surface.v1.Fact} message Fact
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Fact.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.evidence = [];
                        object.missing = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.key = "";
                        object.status = options.enums === $String ? "FACT_STATUS_UNSPECIFIED" : 0;
                        if (options.bytes === $String)
                            object.digest = "";
                        else {
                            object.digest = [];
                            if (options.bytes !== $Array)
                                object.digest = $util.newBuffer(object.digest);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.appliedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.appliedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                        else if (typeof message.sequence === "number")
                            object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                        else
                            object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.tessera.surface.v1.FactStatus[message.status] === $undefined ? message.status : $root.tessera.surface.v1.FactStatus[message.status] : message.status;
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                        object.digest = options.bytes === $String ? $util.base64.encode(message.digest, 0, message.digest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.digest) : message.digest;
                    if (message.evidence && message.evidence.length) {
                        object.evidence = $Array(message.evidence.length);
                        for (let j = 0; j < message.evidence.length; ++j)
                            object.evidence[j] = $root.tessera.surface.v1.EvidencePointer.toObject(message.evidence[j], options, _depth + 1);
                    }
                    if (message.missing && message.missing.length) {
                        object.missing = $Array(message.missing.length);
                        for (let j = 0; j < message.missing.length; ++j)
                            object.missing[j] = options.bytes === $String ? $util.base64.encode(message.missing[j], 0, message.missing[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.missing[j]) : message.missing[j];
                    }
                    if (message.appliedAtMs != null && $Object.hasOwnProperty.call(message, "appliedAtMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.appliedAtMs = typeof message.appliedAtMs === "number" ? $BigInt(message.appliedAtMs) : $util.Long.fromBits(message.appliedAtMs.low >>> 0, message.appliedAtMs.high >>> 0, true).toBigInt();
                        else if (typeof message.appliedAtMs === "number")
                            object.appliedAtMs = options.longs === $String ? $String(message.appliedAtMs) : message.appliedAtMs;
                        else
                            object.appliedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedAtMs) : options.longs === $Number ? new $util.LongBits(message.appliedAtMs.low >>> 0, message.appliedAtMs.high >>> 0).toNumber(true) : message.appliedAtMs;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    return object;
                };

                /**
                 * Converts this Fact to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.Fact
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Fact.prototype.toJSON = function() {
                    return Fact.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Fact
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.Fact
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Fact.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.Fact";
                };

                return Fact;
            })();

            v1.Replacement = (function() {

                /**
                 * Properties of a Replacement.
                 * @typedef {Object} tessera.surface.v1.Replacement.$Properties
                 * @property {Uint8Array|null} [fingerprint] Replacement fingerprint
                 * @property {Array.<string>|null} [endpoints] Replacement endpoints
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Replacement.
                 * @memberof tessera.surface.v1
                 * @interface IReplacement
                 * @augments tessera.surface.v1.Replacement.$Properties
                 * @deprecated Use tessera.surface.v1.Replacement.$Properties instead.
                 */

                /**
                 * Shape of a Replacement.
                 * @typedef {tessera.surface.v1.Replacement.$Properties} tessera.surface.v1.Replacement.$Shape
                 */

                /**
                 * Constructs a new Replacement.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a Replacement.
                 * @constructor
                 * @param {tessera.surface.v1.Replacement.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Replacement = function (properties) {
                    this.endpoints = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Replacement fingerprint.
                 * @member {Uint8Array} fingerprint
                 * @memberof tessera.surface.v1.Replacement
                 * @instance
                 */
                Replacement.prototype.fingerprint = $util.newBuffer([]);

                /**
                 * Replacement endpoints.
                 * @member {Array.<string>} endpoints
                 * @memberof tessera.surface.v1.Replacement
                 * @instance
                 */
                Replacement.prototype.endpoints = $util.emptyArray;

                /**
                 * Creates a new Replacement instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.Replacement
                 * @static
                 * @param {tessera.surface.v1.Replacement.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.Replacement} Replacement instance
                 * @type {{
                 *   (properties: tessera.surface.v1.Replacement.$Shape): tessera.surface.v1.Replacement & tessera.surface.v1.Replacement.$Shape;
                 *   (properties?: tessera.surface.v1.Replacement.$Properties): tessera.surface.v1.Replacement;
                 * }}
                 */
                Replacement.create = function(properties) {
                    return new Replacement(properties);
                };

                /**
                 * Encodes the specified Replacement message. Does not implicitly {@link tessera.surface.v1.Replacement.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.Replacement
                 * @static
                 * @param {tessera.surface.v1.Replacement.$Properties} message Replacement message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Replacement.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fingerprint);
                    if (message.endpoints != null && message.endpoints.length)
                        for (let i = 0; i < message.endpoints.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.endpoints[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Replacement message, length delimited. Does not implicitly {@link tessera.surface.v1.Replacement.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.Replacement
                 * @static
                 * @param {tessera.surface.v1.Replacement.$Properties} message Replacement message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Replacement.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Replacement message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.Replacement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.Replacement & tessera.surface.v1.Replacement.$Shape} Replacement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Replacement.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.Replacement();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.fingerprint = value;
                                else
                                    delete message.fingerprint;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.endpoints && message.endpoints.length))
                                    message.endpoints = [];
                                message.endpoints.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Replacement message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.Replacement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.Replacement & tessera.surface.v1.Replacement.$Shape} Replacement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Replacement.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Replacement message.
                 * @function verify
                 * @memberof tessera.surface.v1.Replacement
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Replacement.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        if (!(message.fingerprint && typeof message.fingerprint.length === "number" || $util.isString(message.fingerprint)))
                            return "fingerprint: buffer expected";
                    if (message.endpoints != null && $Object.hasOwnProperty.call(message, "endpoints")) {
                        if (!$Array.isArray(message.endpoints))
                            return "endpoints: array expected";
                        for (let i = 0; i < message.endpoints.length; ++i)
                            if (!$util.isString(message.endpoints[i]))
                                return "endpoints: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a Replacement message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.Replacement
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.Replacement} Replacement
                 */
                Replacement.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.Replacement)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.Replacement: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.Replacement();
                    if (object.fingerprint != null)
                        if (object.fingerprint.length)
                            if (typeof object.fingerprint === "string")
                                $util.base64.decode(object.fingerprint, message.fingerprint = $util.newBuffer($util.base64.length(object.fingerprint)), 0);
                            else if (object.fingerprint.length >= 0)
                                message.fingerprint = object.fingerprint;
                    if (object.endpoints) {
                        if (!$Array.isArray(object.endpoints))
                            throw $TypeError(".tessera.surface.v1.Replacement.endpoints: array expected");
                        message.endpoints = $Array(object.endpoints.length);
                        for (let i = 0; i < object.endpoints.length; ++i)
                            message.endpoints[i] = $String(object.endpoints[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Replacement message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.Replacement
                 * @static
                 * @param {tessera.surface.v1.Replacement} message Replacement
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Replacement.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.endpoints = [];
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.fingerprint = "";
                        else {
                            object.fingerprint = [];
                            if (options.bytes !== $Array)
                                object.fingerprint = $util.newBuffer(object.fingerprint);
                        }
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        object.fingerprint = options.bytes === $String ? $util.base64.encode(message.fingerprint, 0, message.fingerprint.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fingerprint) : message.fingerprint;
                    if (message.endpoints && message.endpoints.length) {
                        object.endpoints = $Array(message.endpoints.length);
                        for (let j = 0; j < message.endpoints.length; ++j)
                            object.endpoints[j] = message.endpoints[j];
                    }
                    return object;
                };

                /**
                 * Converts this Replacement to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.Replacement
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Replacement.prototype.toJSON = function() {
                    return Replacement.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Replacement
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.Replacement
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Replacement.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.Replacement";
                };

                return Replacement;
            })();

            v1.RetirementMarker = (function() {

                /**
                 * Properties of a RetirementMarker.
                 * @typedef {Object} tessera.surface.v1.RetirementMarker.$Properties
                 * @property {number|null} [effectiveAtMs] RetirementMarker effectiveAtMs
                 * @property {tessera.surface.v1.Replacement.$Properties|null} [replacement] RetirementMarker replacement
                 * @property {number|null} [lastSequence] RetirementMarker lastSequence
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RetirementMarker.
                 * @memberof tessera.surface.v1
                 * @interface IRetirementMarker
                 * @augments tessera.surface.v1.RetirementMarker.$Properties
                 * @deprecated Use tessera.surface.v1.RetirementMarker.$Properties instead.
                 */

                /**
                 * Shape of a RetirementMarker.
                 * @typedef {tessera.surface.v1.RetirementMarker.$Properties} tessera.surface.v1.RetirementMarker.$Shape
                 */

                /**
                 * Constructs a new RetirementMarker.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a RetirementMarker.
                 * @constructor
                 * @param {tessera.surface.v1.RetirementMarker.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RetirementMarker = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RetirementMarker effectiveAtMs.
                 * @member {number} effectiveAtMs
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @instance
                 */
                RetirementMarker.prototype.effectiveAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RetirementMarker replacement.
                 * @member {tessera.surface.v1.Replacement.$Properties|null|undefined} replacement
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @instance
                 */
                RetirementMarker.prototype.replacement = null;

                /**
                 * RetirementMarker lastSequence.
                 * @member {number} lastSequence
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @instance
                 */
                RetirementMarker.prototype.lastSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new RetirementMarker instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @static
                 * @param {tessera.surface.v1.RetirementMarker.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.RetirementMarker} RetirementMarker instance
                 * @type {{
                 *   (properties: tessera.surface.v1.RetirementMarker.$Shape): tessera.surface.v1.RetirementMarker & tessera.surface.v1.RetirementMarker.$Shape;
                 *   (properties?: tessera.surface.v1.RetirementMarker.$Properties): tessera.surface.v1.RetirementMarker;
                 * }}
                 */
                RetirementMarker.create = function(properties) {
                    return new RetirementMarker(properties);
                };

                /**
                 * Encodes the specified RetirementMarker message. Does not implicitly {@link tessera.surface.v1.RetirementMarker.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @static
                 * @param {tessera.surface.v1.RetirementMarker.$Properties} message RetirementMarker message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetirementMarker.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.effectiveAtMs != null && $Object.hasOwnProperty.call(message, "effectiveAtMs") && (typeof message.effectiveAtMs === "object" ? message.effectiveAtMs.low || message.effectiveAtMs.high : message.effectiveAtMs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.effectiveAtMs);
                    if (message.replacement != null && $Object.hasOwnProperty.call(message, "replacement"))
                        $root.tessera.surface.v1.Replacement.encode(message.replacement, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence") && (typeof message.lastSequence === "object" ? message.lastSequence.low || message.lastSequence.high : message.lastSequence !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lastSequence);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RetirementMarker message, length delimited. Does not implicitly {@link tessera.surface.v1.RetirementMarker.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @static
                 * @param {tessera.surface.v1.RetirementMarker.$Properties} message RetirementMarker message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetirementMarker.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RetirementMarker message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.RetirementMarker & tessera.surface.v1.RetirementMarker.$Shape} RetirementMarker
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetirementMarker.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.RetirementMarker();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.effectiveAtMs = value;
                                else
                                    delete message.effectiveAtMs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.replacement = $root.tessera.surface.v1.Replacement.decode(reader, reader.size(), $undefined, _depth + 1, message.replacement);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSequence = value;
                                else
                                    delete message.lastSequence;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a RetirementMarker message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.RetirementMarker & tessera.surface.v1.RetirementMarker.$Shape} RetirementMarker
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetirementMarker.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RetirementMarker message.
                 * @function verify
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RetirementMarker.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.effectiveAtMs != null && $Object.hasOwnProperty.call(message, "effectiveAtMs"))
                        if (!$util.isInteger(message.effectiveAtMs) && !(message.effectiveAtMs && $util.isInteger(message.effectiveAtMs.low) && $util.isInteger(message.effectiveAtMs.high)))
                            return "effectiveAtMs: integer|Long expected";
                    if (message.replacement != null && $Object.hasOwnProperty.call(message, "replacement")) {
                        let error = $root.tessera.surface.v1.Replacement.verify(message.replacement, _depth + 1);
                        if (error)
                            return "replacement." + error;
                    }
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence"))
                        if (!$util.isInteger(message.lastSequence) && !(message.lastSequence && $util.isInteger(message.lastSequence.low) && $util.isInteger(message.lastSequence.high)))
                            return "lastSequence: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a RetirementMarker message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.RetirementMarker} RetirementMarker
                 */
                RetirementMarker.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.RetirementMarker)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.RetirementMarker: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.RetirementMarker();
                    if (object.effectiveAtMs != null)
                        if (typeof object.effectiveAtMs === "object" ? object.effectiveAtMs.low || object.effectiveAtMs.high : $Number(object.effectiveAtMs) !== 0)
                            if ($util.Long)
                                message.effectiveAtMs = $util.Long.fromValue(object.effectiveAtMs, true);
                            else if (typeof object.effectiveAtMs === "string")
                                message.effectiveAtMs = $parseInt(object.effectiveAtMs, 10);
                            else if (typeof object.effectiveAtMs === "number")
                                message.effectiveAtMs = object.effectiveAtMs;
                            else if (typeof object.effectiveAtMs === "object")
                                message.effectiveAtMs = new $util.LongBits(object.effectiveAtMs.low >>> 0, object.effectiveAtMs.high >>> 0).toNumber(true);
                    if (object.replacement != null) {
                        if (!$util.isObject(object.replacement))
                            throw $TypeError(".tessera.surface.v1.RetirementMarker.replacement: object expected");
                        message.replacement = $root.tessera.surface.v1.Replacement.fromObject(object.replacement, _depth + 1);
                    }
                    if (object.lastSequence != null)
                        if (typeof object.lastSequence === "object" ? object.lastSequence.low || object.lastSequence.high : $Number(object.lastSequence) !== 0)
                            if ($util.Long)
                                message.lastSequence = $util.Long.fromValue(object.lastSequence, true);
                            else if (typeof object.lastSequence === "string")
                                message.lastSequence = $parseInt(object.lastSequence, 10);
                            else if (typeof object.lastSequence === "number")
                                message.lastSequence = object.lastSequence;
                            else if (typeof object.lastSequence === "object")
                                message.lastSequence = new $util.LongBits(object.lastSequence.low >>> 0, object.lastSequence.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a RetirementMarker message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @static
                 * @param {tessera.surface.v1.RetirementMarker} message RetirementMarker
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RetirementMarker.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.effectiveAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.effectiveAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.replacement = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.effectiveAtMs != null && $Object.hasOwnProperty.call(message, "effectiveAtMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.effectiveAtMs = typeof message.effectiveAtMs === "number" ? $BigInt(message.effectiveAtMs) : $util.Long.fromBits(message.effectiveAtMs.low >>> 0, message.effectiveAtMs.high >>> 0, true).toBigInt();
                        else if (typeof message.effectiveAtMs === "number")
                            object.effectiveAtMs = options.longs === $String ? $String(message.effectiveAtMs) : message.effectiveAtMs;
                        else
                            object.effectiveAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.effectiveAtMs) : options.longs === $Number ? new $util.LongBits(message.effectiveAtMs.low >>> 0, message.effectiveAtMs.high >>> 0).toNumber(true) : message.effectiveAtMs;
                    if (message.replacement != null && $Object.hasOwnProperty.call(message, "replacement"))
                        object.replacement = $root.tessera.surface.v1.Replacement.toObject(message.replacement, options, _depth + 1);
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSequence = typeof message.lastSequence === "number" ? $BigInt(message.lastSequence) : $util.Long.fromBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSequence === "number")
                            object.lastSequence = options.longs === $String ? $String(message.lastSequence) : message.lastSequence;
                        else
                            object.lastSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSequence) : options.longs === $Number ? new $util.LongBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0).toNumber(true) : message.lastSequence;
                    return object;
                };

                /**
                 * Converts this RetirementMarker to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RetirementMarker.prototype.toJSON = function() {
                    return RetirementMarker.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RetirementMarker
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.RetirementMarker
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RetirementMarker.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.RetirementMarker";
                };

                return RetirementMarker;
            })();

            v1.Freshness = (function() {

                /**
                 * Properties of a Freshness.
                 * @typedef {Object} tessera.surface.v1.Freshness.$Properties
                 * @property {boolean|null} [stale] Freshness stale
                 * @property {number|null} [appliedIndex] Freshness appliedIndex
                 * @property {number|null} [lastSequence] Freshness lastSequence
                 * @property {number|null} [staleSinceMs] Freshness staleSinceMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Freshness.
                 * @memberof tessera.surface.v1
                 * @interface IFreshness
                 * @augments tessera.surface.v1.Freshness.$Properties
                 * @deprecated Use tessera.surface.v1.Freshness.$Properties instead.
                 */

                /**
                 * Shape of a Freshness.
                 * @typedef {tessera.surface.v1.Freshness.$Properties} tessera.surface.v1.Freshness.$Shape
                 */

                /**
                 * Constructs a new Freshness.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a Freshness.
                 * @constructor
                 * @param {tessera.surface.v1.Freshness.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Freshness = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Freshness stale.
                 * @member {boolean} stale
                 * @memberof tessera.surface.v1.Freshness
                 * @instance
                 */
                Freshness.prototype.stale = false;

                /**
                 * Freshness appliedIndex.
                 * @member {number} appliedIndex
                 * @memberof tessera.surface.v1.Freshness
                 * @instance
                 */
                Freshness.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Freshness lastSequence.
                 * @member {number} lastSequence
                 * @memberof tessera.surface.v1.Freshness
                 * @instance
                 */
                Freshness.prototype.lastSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Freshness staleSinceMs.
                 * @member {number} staleSinceMs
                 * @memberof tessera.surface.v1.Freshness
                 * @instance
                 */
                Freshness.prototype.staleSinceMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Freshness instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.Freshness
                 * @static
                 * @param {tessera.surface.v1.Freshness.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.Freshness} Freshness instance
                 * @type {{
                 *   (properties: tessera.surface.v1.Freshness.$Shape): tessera.surface.v1.Freshness & tessera.surface.v1.Freshness.$Shape;
                 *   (properties?: tessera.surface.v1.Freshness.$Properties): tessera.surface.v1.Freshness;
                 * }}
                 */
                Freshness.create = function(properties) {
                    return new Freshness(properties);
                };

                /**
                 * Encodes the specified Freshness message. Does not implicitly {@link tessera.surface.v1.Freshness.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.Freshness
                 * @static
                 * @param {tessera.surface.v1.Freshness.$Properties} message Freshness message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Freshness.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stale != null && $Object.hasOwnProperty.call(message, "stale") && message.stale !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.stale);
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.appliedIndex);
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence") && (typeof message.lastSequence === "object" ? message.lastSequence.low || message.lastSequence.high : message.lastSequence !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lastSequence);
                    if (message.staleSinceMs != null && $Object.hasOwnProperty.call(message, "staleSinceMs") && (typeof message.staleSinceMs === "object" ? message.staleSinceMs.low || message.staleSinceMs.high : message.staleSinceMs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.staleSinceMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Freshness message, length delimited. Does not implicitly {@link tessera.surface.v1.Freshness.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.Freshness
                 * @static
                 * @param {tessera.surface.v1.Freshness.$Properties} message Freshness message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Freshness.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Freshness message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.Freshness
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.Freshness & tessera.surface.v1.Freshness.$Shape} Freshness
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Freshness.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.Freshness();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stale = value;
                                else
                                    delete message.stale;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.appliedIndex = value;
                                else
                                    delete message.appliedIndex;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSequence = value;
                                else
                                    delete message.lastSequence;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.staleSinceMs = value;
                                else
                                    delete message.staleSinceMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Freshness message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.Freshness
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.Freshness & tessera.surface.v1.Freshness.$Shape} Freshness
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Freshness.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Freshness message.
                 * @function verify
                 * @memberof tessera.surface.v1.Freshness
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Freshness.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.stale != null && $Object.hasOwnProperty.call(message, "stale"))
                        if (typeof message.stale !== "boolean")
                            return "stale: boolean expected";
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (!$util.isInteger(message.appliedIndex) && !(message.appliedIndex && $util.isInteger(message.appliedIndex.low) && $util.isInteger(message.appliedIndex.high)))
                            return "appliedIndex: integer|Long expected";
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence"))
                        if (!$util.isInteger(message.lastSequence) && !(message.lastSequence && $util.isInteger(message.lastSequence.low) && $util.isInteger(message.lastSequence.high)))
                            return "lastSequence: integer|Long expected";
                    if (message.staleSinceMs != null && $Object.hasOwnProperty.call(message, "staleSinceMs"))
                        if (!$util.isInteger(message.staleSinceMs) && !(message.staleSinceMs && $util.isInteger(message.staleSinceMs.low) && $util.isInteger(message.staleSinceMs.high)))
                            return "staleSinceMs: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Freshness message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.Freshness
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.Freshness} Freshness
                 */
                Freshness.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.Freshness)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.Freshness: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.Freshness();
                    if (object.stale != null)
                        if (object.stale)
                            message.stale = $Boolean(object.stale);
                    if (object.appliedIndex != null)
                        if (typeof object.appliedIndex === "object" ? object.appliedIndex.low || object.appliedIndex.high : $Number(object.appliedIndex) !== 0)
                            if ($util.Long)
                                message.appliedIndex = $util.Long.fromValue(object.appliedIndex, true);
                            else if (typeof object.appliedIndex === "string")
                                message.appliedIndex = $parseInt(object.appliedIndex, 10);
                            else if (typeof object.appliedIndex === "number")
                                message.appliedIndex = object.appliedIndex;
                            else if (typeof object.appliedIndex === "object")
                                message.appliedIndex = new $util.LongBits(object.appliedIndex.low >>> 0, object.appliedIndex.high >>> 0).toNumber(true);
                    if (object.lastSequence != null)
                        if (typeof object.lastSequence === "object" ? object.lastSequence.low || object.lastSequence.high : $Number(object.lastSequence) !== 0)
                            if ($util.Long)
                                message.lastSequence = $util.Long.fromValue(object.lastSequence, true);
                            else if (typeof object.lastSequence === "string")
                                message.lastSequence = $parseInt(object.lastSequence, 10);
                            else if (typeof object.lastSequence === "number")
                                message.lastSequence = object.lastSequence;
                            else if (typeof object.lastSequence === "object")
                                message.lastSequence = new $util.LongBits(object.lastSequence.low >>> 0, object.lastSequence.high >>> 0).toNumber(true);
                    if (object.staleSinceMs != null)
                        if (typeof object.staleSinceMs === "object" ? object.staleSinceMs.low || object.staleSinceMs.high : $Number(object.staleSinceMs) !== 0)
                            if ($util.Long)
                                message.staleSinceMs = $util.Long.fromValue(object.staleSinceMs, true);
                            else if (typeof object.staleSinceMs === "string")
                                message.staleSinceMs = $parseInt(object.staleSinceMs, 10);
                            else if (typeof object.staleSinceMs === "number")
                                message.staleSinceMs = object.staleSinceMs;
                            else if (typeof object.staleSinceMs === "object")
                                message.staleSinceMs = new $util.LongBits(object.staleSinceMs.low >>> 0, object.staleSinceMs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Freshness message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.Freshness
                 * @static
                 * @param {tessera.surface.v1.Freshness} message Freshness
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Freshness.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.stale = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.appliedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.appliedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.staleSinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.staleSinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.stale != null && $Object.hasOwnProperty.call(message, "stale"))
                        object.stale = message.stale;
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.appliedIndex = typeof message.appliedIndex === "number" ? $BigInt(message.appliedIndex) : $util.Long.fromBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.appliedIndex === "number")
                            object.appliedIndex = options.longs === $String ? $String(message.appliedIndex) : message.appliedIndex;
                        else
                            object.appliedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedIndex) : options.longs === $Number ? new $util.LongBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0).toNumber(true) : message.appliedIndex;
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSequence = typeof message.lastSequence === "number" ? $BigInt(message.lastSequence) : $util.Long.fromBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSequence === "number")
                            object.lastSequence = options.longs === $String ? $String(message.lastSequence) : message.lastSequence;
                        else
                            object.lastSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSequence) : options.longs === $Number ? new $util.LongBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0).toNumber(true) : message.lastSequence;
                    if (message.staleSinceMs != null && $Object.hasOwnProperty.call(message, "staleSinceMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.staleSinceMs = typeof message.staleSinceMs === "number" ? $BigInt(message.staleSinceMs) : $util.Long.fromBits(message.staleSinceMs.low >>> 0, message.staleSinceMs.high >>> 0, true).toBigInt();
                        else if (typeof message.staleSinceMs === "number")
                            object.staleSinceMs = options.longs === $String ? $String(message.staleSinceMs) : message.staleSinceMs;
                        else
                            object.staleSinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.staleSinceMs) : options.longs === $Number ? new $util.LongBits(message.staleSinceMs.low >>> 0, message.staleSinceMs.high >>> 0).toNumber(true) : message.staleSinceMs;
                    return object;
                };

                /**
                 * Converts this Freshness to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.Freshness
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Freshness.prototype.toJSON = function() {
                    return Freshness.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Freshness
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.Freshness
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Freshness.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.Freshness";
                };

                return Freshness;
            })();

            v1.GetRequest = (function() {

                /**
                 * Properties of a GetRequest.
                 * @typedef {Object} tessera.surface.v1.GetRequest.$Properties
                 * @property {Uint8Array|null} [fingerprint] GetRequest fingerprint
                 * @property {string|null} [key] GetRequest key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetRequest.
                 * @memberof tessera.surface.v1
                 * @interface IGetRequest
                 * @augments tessera.surface.v1.GetRequest.$Properties
                 * @deprecated Use tessera.surface.v1.GetRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetRequest.
                 * @typedef {tessera.surface.v1.GetRequest.$Properties} tessera.surface.v1.GetRequest.$Shape
                 */

                /**
                 * Constructs a new GetRequest.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a GetRequest.
                 * @constructor
                 * @param {tessera.surface.v1.GetRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetRequest fingerprint.
                 * @member {Uint8Array} fingerprint
                 * @memberof tessera.surface.v1.GetRequest
                 * @instance
                 */
                GetRequest.prototype.fingerprint = $util.newBuffer([]);

                /**
                 * GetRequest key.
                 * @member {string} key
                 * @memberof tessera.surface.v1.GetRequest
                 * @instance
                 */
                GetRequest.prototype.key = "";

                /**
                 * Creates a new GetRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.GetRequest
                 * @static
                 * @param {tessera.surface.v1.GetRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.GetRequest} GetRequest instance
                 * @type {{
                 *   (properties: tessera.surface.v1.GetRequest.$Shape): tessera.surface.v1.GetRequest & tessera.surface.v1.GetRequest.$Shape;
                 *   (properties?: tessera.surface.v1.GetRequest.$Properties): tessera.surface.v1.GetRequest;
                 * }}
                 */
                GetRequest.create = function(properties) {
                    return new GetRequest(properties);
                };

                /**
                 * Encodes the specified GetRequest message. Does not implicitly {@link tessera.surface.v1.GetRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.GetRequest
                 * @static
                 * @param {tessera.surface.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fingerprint);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified GetRequest message, length delimited. Does not implicitly {@link tessera.surface.v1.GetRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.GetRequest
                 * @static
                 * @param {tessera.surface.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.GetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.GetRequest & tessera.surface.v1.GetRequest.$Shape} GetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.GetRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.fingerprint = value;
                                else
                                    delete message.fingerprint;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a GetRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.GetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.GetRequest & tessera.surface.v1.GetRequest.$Shape} GetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GetRequest message.
                 * @function verify
                 * @memberof tessera.surface.v1.GetRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        if (!(message.fingerprint && typeof message.fingerprint.length === "number" || $util.isString(message.fingerprint)))
                            return "fingerprint: buffer expected";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    return null;
                };

                /**
                 * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.GetRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.GetRequest} GetRequest
                 */
                GetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.GetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.GetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.GetRequest();
                    if (object.fingerprint != null)
                        if (object.fingerprint.length)
                            if (typeof object.fingerprint === "string")
                                $util.base64.decode(object.fingerprint, message.fingerprint = $util.newBuffer($util.base64.length(object.fingerprint)), 0);
                            else if (object.fingerprint.length >= 0)
                                message.fingerprint = object.fingerprint;
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    return message;
                };

                /**
                 * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.GetRequest
                 * @static
                 * @param {tessera.surface.v1.GetRequest} message GetRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.fingerprint = "";
                        else {
                            object.fingerprint = [];
                            if (options.bytes !== $Array)
                                object.fingerprint = $util.newBuffer(object.fingerprint);
                        }
                        object.key = "";
                    }
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        object.fingerprint = options.bytes === $String ? $util.base64.encode(message.fingerprint, 0, message.fingerprint.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fingerprint) : message.fingerprint;
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    return object;
                };

                /**
                 * Converts this GetRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.GetRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetRequest.prototype.toJSON = function() {
                    return GetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetRequest
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.GetRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.GetRequest";
                };

                return GetRequest;
            })();

            v1.GetResponse = (function() {

                /**
                 * Properties of a GetResponse.
                 * @typedef {Object} tessera.surface.v1.GetResponse.$Properties
                 * @property {tessera.surface.v1.Fact.$Properties|null} [fact] GetResponse fact
                 * @property {tessera.surface.v1.RetirementMarker.$Properties|null} [retirement] GetResponse retirement
                 * @property {tessera.surface.v1.Freshness.$Properties|null} [freshness] GetResponse freshness
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetResponse.
                 * @memberof tessera.surface.v1
                 * @interface IGetResponse
                 * @augments tessera.surface.v1.GetResponse.$Properties
                 * @deprecated Use tessera.surface.v1.GetResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetResponse.
                 * @typedef {tessera.surface.v1.GetResponse.$Properties} tessera.surface.v1.GetResponse.$Shape
                 */

                /**
                 * Constructs a new GetResponse.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a GetResponse.
                 * @constructor
                 * @param {tessera.surface.v1.GetResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetResponse fact.
                 * @member {tessera.surface.v1.Fact.$Properties|null|undefined} fact
                 * @memberof tessera.surface.v1.GetResponse
                 * @instance
                 */
                GetResponse.prototype.fact = null;

                /**
                 * GetResponse retirement.
                 * @member {tessera.surface.v1.RetirementMarker.$Properties|null|undefined} retirement
                 * @memberof tessera.surface.v1.GetResponse
                 * @instance
                 */
                GetResponse.prototype.retirement = null;

                /**
                 * GetResponse freshness.
                 * @member {tessera.surface.v1.Freshness.$Properties|null|undefined} freshness
                 * @memberof tessera.surface.v1.GetResponse
                 * @instance
                 */
                GetResponse.prototype.freshness = null;

                /**
                 * Creates a new GetResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.GetResponse
                 * @static
                 * @param {tessera.surface.v1.GetResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.GetResponse} GetResponse instance
                 * @type {{
                 *   (properties: tessera.surface.v1.GetResponse.$Shape): tessera.surface.v1.GetResponse & tessera.surface.v1.GetResponse.$Shape;
                 *   (properties?: tessera.surface.v1.GetResponse.$Properties): tessera.surface.v1.GetResponse;
                 * }}
                 */
                GetResponse.create = function(properties) {
                    return new GetResponse(properties);
                };

                /**
                 * Encodes the specified GetResponse message. Does not implicitly {@link tessera.surface.v1.GetResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.GetResponse
                 * @static
                 * @param {tessera.surface.v1.GetResponse.$Properties} message GetResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fact != null && $Object.hasOwnProperty.call(message, "fact"))
                        $root.tessera.surface.v1.Fact.encode(message.fact, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement"))
                        $root.tessera.surface.v1.RetirementMarker.encode(message.retirement, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.freshness != null && $Object.hasOwnProperty.call(message, "freshness"))
                        $root.tessera.surface.v1.Freshness.encode(message.freshness, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified GetResponse message, length delimited. Does not implicitly {@link tessera.surface.v1.GetResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.GetResponse
                 * @static
                 * @param {tessera.surface.v1.GetResponse.$Properties} message GetResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.GetResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.GetResponse & tessera.surface.v1.GetResponse.$Shape} GetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.GetResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.fact = $root.tessera.surface.v1.Fact.decode(reader, reader.size(), $undefined, _depth + 1, message.fact);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.retirement = $root.tessera.surface.v1.RetirementMarker.decode(reader, reader.size(), $undefined, _depth + 1, message.retirement);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.freshness = $root.tessera.surface.v1.Freshness.decode(reader, reader.size(), $undefined, _depth + 1, message.freshness);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a GetResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.GetResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.GetResponse & tessera.surface.v1.GetResponse.$Shape} GetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GetResponse message.
                 * @function verify
                 * @memberof tessera.surface.v1.GetResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.fact != null && $Object.hasOwnProperty.call(message, "fact")) {
                        let error = $root.tessera.surface.v1.Fact.verify(message.fact, _depth + 1);
                        if (error)
                            return "fact." + error;
                    }
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement")) {
                        let error = $root.tessera.surface.v1.RetirementMarker.verify(message.retirement, _depth + 1);
                        if (error)
                            return "retirement." + error;
                    }
                    if (message.freshness != null && $Object.hasOwnProperty.call(message, "freshness")) {
                        let error = $root.tessera.surface.v1.Freshness.verify(message.freshness, _depth + 1);
                        if (error)
                            return "freshness." + error;
                    }
                    return null;
                };

                /**
                 * Creates a GetResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.GetResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.GetResponse} GetResponse
                 */
                GetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.GetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.GetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.GetResponse();
                    if (object.fact != null) {
                        if (!$util.isObject(object.fact))
                            throw $TypeError(".tessera.surface.v1.GetResponse.fact: object expected");
                        message.fact = $root.tessera.surface.v1.Fact.fromObject(object.fact, _depth + 1);
                    }
                    if (object.retirement != null) {
                        if (!$util.isObject(object.retirement))
                            throw $TypeError(".tessera.surface.v1.GetResponse.retirement: object expected");
                        message.retirement = $root.tessera.surface.v1.RetirementMarker.fromObject(object.retirement, _depth + 1);
                    }
                    if (object.freshness != null) {
                        if (!$util.isObject(object.freshness))
                            throw $TypeError(".tessera.surface.v1.GetResponse.freshness: object expected");
                        message.freshness = $root.tessera.surface.v1.Freshness.fromObject(object.freshness, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a GetResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.GetResponse
                 * @static
                 * @param {tessera.surface.v1.GetResponse} message GetResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.fact = null;
                        object.retirement = null;
                        object.freshness = null;
                    }
                    if (message.fact != null && $Object.hasOwnProperty.call(message, "fact"))
                        object.fact = $root.tessera.surface.v1.Fact.toObject(message.fact, options, _depth + 1);
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement"))
                        object.retirement = $root.tessera.surface.v1.RetirementMarker.toObject(message.retirement, options, _depth + 1);
                    if (message.freshness != null && $Object.hasOwnProperty.call(message, "freshness"))
                        object.freshness = $root.tessera.surface.v1.Freshness.toObject(message.freshness, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this GetResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.GetResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetResponse.prototype.toJSON = function() {
                    return GetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetResponse
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.GetResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.GetResponse";
                };

                return GetResponse;
            })();

            v1.ScanRequest = (function() {

                /**
                 * Properties of a ScanRequest.
                 * @typedef {Object} tessera.surface.v1.ScanRequest.$Properties
                 * @property {Uint8Array|null} [fingerprint] ScanRequest fingerprint
                 * @property {string|null} [fromKey] ScanRequest fromKey
                 * @property {string|null} [toKey] ScanRequest toKey
                 * @property {number|null} [limit] ScanRequest limit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ScanRequest.
                 * @memberof tessera.surface.v1
                 * @interface IScanRequest
                 * @augments tessera.surface.v1.ScanRequest.$Properties
                 * @deprecated Use tessera.surface.v1.ScanRequest.$Properties instead.
                 */

                /**
                 * Shape of a ScanRequest.
                 * @typedef {tessera.surface.v1.ScanRequest.$Properties} tessera.surface.v1.ScanRequest.$Shape
                 */

                /**
                 * Constructs a new ScanRequest.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a ScanRequest.
                 * @constructor
                 * @param {tessera.surface.v1.ScanRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ScanRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ScanRequest fingerprint.
                 * @member {Uint8Array} fingerprint
                 * @memberof tessera.surface.v1.ScanRequest
                 * @instance
                 */
                ScanRequest.prototype.fingerprint = $util.newBuffer([]);

                /**
                 * ScanRequest fromKey.
                 * @member {string} fromKey
                 * @memberof tessera.surface.v1.ScanRequest
                 * @instance
                 */
                ScanRequest.prototype.fromKey = "";

                /**
                 * ScanRequest toKey.
                 * @member {string} toKey
                 * @memberof tessera.surface.v1.ScanRequest
                 * @instance
                 */
                ScanRequest.prototype.toKey = "";

                /**
                 * ScanRequest limit.
                 * @member {number} limit
                 * @memberof tessera.surface.v1.ScanRequest
                 * @instance
                 */
                ScanRequest.prototype.limit = 0;

                /**
                 * Creates a new ScanRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.ScanRequest
                 * @static
                 * @param {tessera.surface.v1.ScanRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.ScanRequest} ScanRequest instance
                 * @type {{
                 *   (properties: tessera.surface.v1.ScanRequest.$Shape): tessera.surface.v1.ScanRequest & tessera.surface.v1.ScanRequest.$Shape;
                 *   (properties?: tessera.surface.v1.ScanRequest.$Properties): tessera.surface.v1.ScanRequest;
                 * }}
                 */
                ScanRequest.create = function(properties) {
                    return new ScanRequest(properties);
                };

                /**
                 * Encodes the specified ScanRequest message. Does not implicitly {@link tessera.surface.v1.ScanRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.ScanRequest
                 * @static
                 * @param {tessera.surface.v1.ScanRequest.$Properties} message ScanRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ScanRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fingerprint);
                    if (message.fromKey != null && $Object.hasOwnProperty.call(message, "fromKey") && message.fromKey !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fromKey);
                    if (message.toKey != null && $Object.hasOwnProperty.call(message, "toKey") && message.toKey !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.toKey);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ScanRequest message, length delimited. Does not implicitly {@link tessera.surface.v1.ScanRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.ScanRequest
                 * @static
                 * @param {tessera.surface.v1.ScanRequest.$Properties} message ScanRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ScanRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ScanRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.ScanRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.ScanRequest & tessera.surface.v1.ScanRequest.$Shape} ScanRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ScanRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.ScanRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.fingerprint = value;
                                else
                                    delete message.fingerprint;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fromKey = value;
                                else
                                    delete message.fromKey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.toKey = value;
                                else
                                    delete message.toKey;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ScanRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.ScanRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.ScanRequest & tessera.surface.v1.ScanRequest.$Shape} ScanRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ScanRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ScanRequest message.
                 * @function verify
                 * @memberof tessera.surface.v1.ScanRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ScanRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        if (!(message.fingerprint && typeof message.fingerprint.length === "number" || $util.isString(message.fingerprint)))
                            return "fingerprint: buffer expected";
                    if (message.fromKey != null && $Object.hasOwnProperty.call(message, "fromKey"))
                        if (!$util.isString(message.fromKey))
                            return "fromKey: string expected";
                    if (message.toKey != null && $Object.hasOwnProperty.call(message, "toKey"))
                        if (!$util.isString(message.toKey))
                            return "toKey: string expected";
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (!$util.isInteger(message.limit))
                            return "limit: integer expected";
                    return null;
                };

                /**
                 * Creates a ScanRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.ScanRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.ScanRequest} ScanRequest
                 */
                ScanRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.ScanRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.ScanRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.ScanRequest();
                    if (object.fingerprint != null)
                        if (object.fingerprint.length)
                            if (typeof object.fingerprint === "string")
                                $util.base64.decode(object.fingerprint, message.fingerprint = $util.newBuffer($util.base64.length(object.fingerprint)), 0);
                            else if (object.fingerprint.length >= 0)
                                message.fingerprint = object.fingerprint;
                    if (object.fromKey != null)
                        if (typeof object.fromKey !== "string" || object.fromKey.length)
                            message.fromKey = $String(object.fromKey);
                    if (object.toKey != null)
                        if (typeof object.toKey !== "string" || object.toKey.length)
                            message.toKey = $String(object.toKey);
                    if (object.limit != null)
                        if ($Number(object.limit) !== 0)
                            message.limit = object.limit >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a ScanRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.ScanRequest
                 * @static
                 * @param {tessera.surface.v1.ScanRequest} message ScanRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ScanRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.fingerprint = "";
                        else {
                            object.fingerprint = [];
                            if (options.bytes !== $Array)
                                object.fingerprint = $util.newBuffer(object.fingerprint);
                        }
                        object.fromKey = "";
                        object.toKey = "";
                        object.limit = 0;
                    }
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        object.fingerprint = options.bytes === $String ? $util.base64.encode(message.fingerprint, 0, message.fingerprint.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fingerprint) : message.fingerprint;
                    if (message.fromKey != null && $Object.hasOwnProperty.call(message, "fromKey"))
                        object.fromKey = message.fromKey;
                    if (message.toKey != null && $Object.hasOwnProperty.call(message, "toKey"))
                        object.toKey = message.toKey;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        object.limit = message.limit;
                    return object;
                };

                /**
                 * Converts this ScanRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.ScanRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ScanRequest.prototype.toJSON = function() {
                    return ScanRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ScanRequest
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.ScanRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ScanRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.ScanRequest";
                };

                return ScanRequest;
            })();

            v1.ScanResponse = (function() {

                /**
                 * Properties of a ScanResponse.
                 * @typedef {Object} tessera.surface.v1.ScanResponse.$Properties
                 * @property {Array.<tessera.surface.v1.Fact.$Properties>|null} [facts] ScanResponse facts
                 * @property {string|null} [nextKey] ScanResponse nextKey
                 * @property {tessera.surface.v1.RetirementMarker.$Properties|null} [retirement] ScanResponse retirement
                 * @property {tessera.surface.v1.Freshness.$Properties|null} [freshness] ScanResponse freshness
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ScanResponse.
                 * @memberof tessera.surface.v1
                 * @interface IScanResponse
                 * @augments tessera.surface.v1.ScanResponse.$Properties
                 * @deprecated Use tessera.surface.v1.ScanResponse.$Properties instead.
                 */

                /**
                 * Shape of a ScanResponse.
                 * @typedef {tessera.surface.v1.ScanResponse.$Properties} tessera.surface.v1.ScanResponse.$Shape
                 */

                /**
                 * Constructs a new ScanResponse.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a ScanResponse.
                 * @constructor
                 * @param {tessera.surface.v1.ScanResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ScanResponse = function (properties) {
                    this.facts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ScanResponse facts.
                 * @member {Array.<tessera.surface.v1.Fact.$Properties>} facts
                 * @memberof tessera.surface.v1.ScanResponse
                 * @instance
                 */
                ScanResponse.prototype.facts = $util.emptyArray;

                /**
                 * ScanResponse nextKey.
                 * @member {string} nextKey
                 * @memberof tessera.surface.v1.ScanResponse
                 * @instance
                 */
                ScanResponse.prototype.nextKey = "";

                /**
                 * ScanResponse retirement.
                 * @member {tessera.surface.v1.RetirementMarker.$Properties|null|undefined} retirement
                 * @memberof tessera.surface.v1.ScanResponse
                 * @instance
                 */
                ScanResponse.prototype.retirement = null;

                /**
                 * ScanResponse freshness.
                 * @member {tessera.surface.v1.Freshness.$Properties|null|undefined} freshness
                 * @memberof tessera.surface.v1.ScanResponse
                 * @instance
                 */
                ScanResponse.prototype.freshness = null;

                /**
                 * Creates a new ScanResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.ScanResponse
                 * @static
                 * @param {tessera.surface.v1.ScanResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.ScanResponse} ScanResponse instance
                 * @type {{
                 *   (properties: tessera.surface.v1.ScanResponse.$Shape): tessera.surface.v1.ScanResponse & tessera.surface.v1.ScanResponse.$Shape;
                 *   (properties?: tessera.surface.v1.ScanResponse.$Properties): tessera.surface.v1.ScanResponse;
                 * }}
                 */
                ScanResponse.create = function(properties) {
                    return new ScanResponse(properties);
                };

                /**
                 * Encodes the specified ScanResponse message. Does not implicitly {@link tessera.surface.v1.ScanResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.ScanResponse
                 * @static
                 * @param {tessera.surface.v1.ScanResponse.$Properties} message ScanResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ScanResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.facts != null && message.facts.length)
                        for (let i = 0; i < message.facts.length; ++i)
                            $root.tessera.surface.v1.Fact.encode(message.facts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey") && message.nextKey !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.nextKey);
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement"))
                        $root.tessera.surface.v1.RetirementMarker.encode(message.retirement, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.freshness != null && $Object.hasOwnProperty.call(message, "freshness"))
                        $root.tessera.surface.v1.Freshness.encode(message.freshness, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ScanResponse message, length delimited. Does not implicitly {@link tessera.surface.v1.ScanResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.ScanResponse
                 * @static
                 * @param {tessera.surface.v1.ScanResponse.$Properties} message ScanResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ScanResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ScanResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.ScanResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.ScanResponse & tessera.surface.v1.ScanResponse.$Shape} ScanResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ScanResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.ScanResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.facts && message.facts.length))
                                    message.facts = [];
                                message.facts.push($root.tessera.surface.v1.Fact.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nextKey = value;
                                else
                                    delete message.nextKey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.retirement = $root.tessera.surface.v1.RetirementMarker.decode(reader, reader.size(), $undefined, _depth + 1, message.retirement);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.freshness = $root.tessera.surface.v1.Freshness.decode(reader, reader.size(), $undefined, _depth + 1, message.freshness);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ScanResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.ScanResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.ScanResponse & tessera.surface.v1.ScanResponse.$Shape} ScanResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ScanResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ScanResponse message.
                 * @function verify
                 * @memberof tessera.surface.v1.ScanResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ScanResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.facts != null && $Object.hasOwnProperty.call(message, "facts")) {
                        if (!$Array.isArray(message.facts))
                            return "facts: array expected";
                        for (let i = 0; i < message.facts.length; ++i) {
                            let error = $root.tessera.surface.v1.Fact.verify(message.facts[i], _depth + 1);
                            if (error)
                                return "facts." + error;
                        }
                    }
                    if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey"))
                        if (!$util.isString(message.nextKey))
                            return "nextKey: string expected";
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement")) {
                        let error = $root.tessera.surface.v1.RetirementMarker.verify(message.retirement, _depth + 1);
                        if (error)
                            return "retirement." + error;
                    }
                    if (message.freshness != null && $Object.hasOwnProperty.call(message, "freshness")) {
                        let error = $root.tessera.surface.v1.Freshness.verify(message.freshness, _depth + 1);
                        if (error)
                            return "freshness." + error;
                    }
                    return null;
                };

                /**
                 * Creates a ScanResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.ScanResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.ScanResponse} ScanResponse
                 */
                ScanResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.ScanResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.ScanResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.ScanResponse();
                    if (object.facts) {
                        if (!$Array.isArray(object.facts))
                            throw $TypeError(".tessera.surface.v1.ScanResponse.facts: array expected");
                        message.facts = $Array(object.facts.length);
                        for (let i = 0; i < object.facts.length; ++i) {
                            if (!$util.isObject(object.facts[i]))
                                throw $TypeError(".tessera.surface.v1.ScanResponse.facts: object expected");
                            message.facts[i] = $root.tessera.surface.v1.Fact.fromObject(object.facts[i], _depth + 1);
                        }
                    }
                    if (object.nextKey != null)
                        if (typeof object.nextKey !== "string" || object.nextKey.length)
                            message.nextKey = $String(object.nextKey);
                    if (object.retirement != null) {
                        if (!$util.isObject(object.retirement))
                            throw $TypeError(".tessera.surface.v1.ScanResponse.retirement: object expected");
                        message.retirement = $root.tessera.surface.v1.RetirementMarker.fromObject(object.retirement, _depth + 1);
                    }
                    if (object.freshness != null) {
                        if (!$util.isObject(object.freshness))
                            throw $TypeError(".tessera.surface.v1.ScanResponse.freshness: object expected");
                        message.freshness = $root.tessera.surface.v1.Freshness.fromObject(object.freshness, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ScanResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.ScanResponse
                 * @static
                 * @param {tessera.surface.v1.ScanResponse} message ScanResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ScanResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.facts = [];
                    if (options.defaults) {
                        object.nextKey = "";
                        object.retirement = null;
                        object.freshness = null;
                    }
                    if (message.facts && message.facts.length) {
                        object.facts = $Array(message.facts.length);
                        for (let j = 0; j < message.facts.length; ++j)
                            object.facts[j] = $root.tessera.surface.v1.Fact.toObject(message.facts[j], options, _depth + 1);
                    }
                    if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey"))
                        object.nextKey = message.nextKey;
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement"))
                        object.retirement = $root.tessera.surface.v1.RetirementMarker.toObject(message.retirement, options, _depth + 1);
                    if (message.freshness != null && $Object.hasOwnProperty.call(message, "freshness"))
                        object.freshness = $root.tessera.surface.v1.Freshness.toObject(message.freshness, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this ScanResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.ScanResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ScanResponse.prototype.toJSON = function() {
                    return ScanResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ScanResponse
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.ScanResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ScanResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.ScanResponse";
                };

                return ScanResponse;
            })();

            v1.SubscribeRequest = (function() {

                /**
                 * Properties of a SubscribeRequest.
                 * @typedef {Object} tessera.surface.v1.SubscribeRequest.$Properties
                 * @property {Uint8Array|null} [fingerprint] SubscribeRequest fingerprint
                 * @property {number|null} [fromSequence] SubscribeRequest fromSequence
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SubscribeRequest.
                 * @memberof tessera.surface.v1
                 * @interface ISubscribeRequest
                 * @augments tessera.surface.v1.SubscribeRequest.$Properties
                 * @deprecated Use tessera.surface.v1.SubscribeRequest.$Properties instead.
                 */

                /**
                 * Shape of a SubscribeRequest.
                 * @typedef {tessera.surface.v1.SubscribeRequest.$Properties} tessera.surface.v1.SubscribeRequest.$Shape
                 */

                /**
                 * Constructs a new SubscribeRequest.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a SubscribeRequest.
                 * @constructor
                 * @param {tessera.surface.v1.SubscribeRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SubscribeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SubscribeRequest fingerprint.
                 * @member {Uint8Array} fingerprint
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.fingerprint = $util.newBuffer([]);

                /**
                 * SubscribeRequest fromSequence.
                 * @member {number} fromSequence
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.fromSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SubscribeRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @static
                 * @param {tessera.surface.v1.SubscribeRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.SubscribeRequest} SubscribeRequest instance
                 * @type {{
                 *   (properties: tessera.surface.v1.SubscribeRequest.$Shape): tessera.surface.v1.SubscribeRequest & tessera.surface.v1.SubscribeRequest.$Shape;
                 *   (properties?: tessera.surface.v1.SubscribeRequest.$Properties): tessera.surface.v1.SubscribeRequest;
                 * }}
                 */
                SubscribeRequest.create = function(properties) {
                    return new SubscribeRequest(properties);
                };

                /**
                 * Encodes the specified SubscribeRequest message. Does not implicitly {@link tessera.surface.v1.SubscribeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @static
                 * @param {tessera.surface.v1.SubscribeRequest.$Properties} message SubscribeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SubscribeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fingerprint);
                    if (message.fromSequence != null && $Object.hasOwnProperty.call(message, "fromSequence") && (typeof message.fromSequence === "object" ? message.fromSequence.low || message.fromSequence.high : message.fromSequence !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromSequence);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SubscribeRequest message, length delimited. Does not implicitly {@link tessera.surface.v1.SubscribeRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @static
                 * @param {tessera.surface.v1.SubscribeRequest.$Properties} message SubscribeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SubscribeRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SubscribeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.SubscribeRequest & tessera.surface.v1.SubscribeRequest.$Shape} SubscribeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SubscribeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.SubscribeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.fingerprint = value;
                                else
                                    delete message.fingerprint;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.fromSequence = value;
                                else
                                    delete message.fromSequence;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SubscribeRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.SubscribeRequest & tessera.surface.v1.SubscribeRequest.$Shape} SubscribeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SubscribeRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SubscribeRequest message.
                 * @function verify
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SubscribeRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        if (!(message.fingerprint && typeof message.fingerprint.length === "number" || $util.isString(message.fingerprint)))
                            return "fingerprint: buffer expected";
                    if (message.fromSequence != null && $Object.hasOwnProperty.call(message, "fromSequence"))
                        if (!$util.isInteger(message.fromSequence) && !(message.fromSequence && $util.isInteger(message.fromSequence.low) && $util.isInteger(message.fromSequence.high)))
                            return "fromSequence: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.SubscribeRequest} SubscribeRequest
                 */
                SubscribeRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.SubscribeRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.SubscribeRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.SubscribeRequest();
                    if (object.fingerprint != null)
                        if (object.fingerprint.length)
                            if (typeof object.fingerprint === "string")
                                $util.base64.decode(object.fingerprint, message.fingerprint = $util.newBuffer($util.base64.length(object.fingerprint)), 0);
                            else if (object.fingerprint.length >= 0)
                                message.fingerprint = object.fingerprint;
                    if (object.fromSequence != null)
                        if (typeof object.fromSequence === "object" ? object.fromSequence.low || object.fromSequence.high : $Number(object.fromSequence) !== 0)
                            if ($util.Long)
                                message.fromSequence = $util.Long.fromValue(object.fromSequence, true);
                            else if (typeof object.fromSequence === "string")
                                message.fromSequence = $parseInt(object.fromSequence, 10);
                            else if (typeof object.fromSequence === "number")
                                message.fromSequence = object.fromSequence;
                            else if (typeof object.fromSequence === "object")
                                message.fromSequence = new $util.LongBits(object.fromSequence.low >>> 0, object.fromSequence.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @static
                 * @param {tessera.surface.v1.SubscribeRequest} message SubscribeRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SubscribeRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.fingerprint = "";
                        else {
                            object.fingerprint = [];
                            if (options.bytes !== $Array)
                                object.fingerprint = $util.newBuffer(object.fingerprint);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fromSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.fromSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        object.fingerprint = options.bytes === $String ? $util.base64.encode(message.fingerprint, 0, message.fingerprint.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fingerprint) : message.fingerprint;
                    if (message.fromSequence != null && $Object.hasOwnProperty.call(message, "fromSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.fromSequence = typeof message.fromSequence === "number" ? $BigInt(message.fromSequence) : $util.Long.fromBits(message.fromSequence.low >>> 0, message.fromSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.fromSequence === "number")
                            object.fromSequence = options.longs === $String ? $String(message.fromSequence) : message.fromSequence;
                        else
                            object.fromSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.fromSequence) : options.longs === $Number ? new $util.LongBits(message.fromSequence.low >>> 0, message.fromSequence.high >>> 0).toNumber(true) : message.fromSequence;
                    return object;
                };

                /**
                 * Converts this SubscribeRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SubscribeRequest.prototype.toJSON = function() {
                    return SubscribeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SubscribeRequest
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.SubscribeRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SubscribeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.SubscribeRequest";
                };

                return SubscribeRequest;
            })();

            v1.SubscribeItem = (function() {

                /**
                 * Properties of a SubscribeItem.
                 * @typedef {Object} tessera.surface.v1.SubscribeItem.$Properties
                 * @property {tessera.surface.v1.Fact.$Properties|null} [fact] SubscribeItem fact
                 * @property {tessera.surface.v1.RetirementMarker.$Properties|null} [retirement] SubscribeItem retirement
                 * @property {boolean|null} [stale] SubscribeItem stale
                 * @property {"fact"|"retirement"} [item] SubscribeItem item
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SubscribeItem.
                 * @memberof tessera.surface.v1
                 * @interface ISubscribeItem
                 * @augments tessera.surface.v1.SubscribeItem.$Properties
                 * @deprecated Use tessera.surface.v1.SubscribeItem.$Properties instead.
                 */

                /**
                 * Narrowed shape of a SubscribeItem.
                 * @typedef {{
                 *   fact?: tessera.surface.v1.Fact.$Shape|null;
                 *   retirement?: tessera.surface.v1.RetirementMarker.$Shape|null;
                 *   stale?: boolean|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ item?: undefined; fact?: null; retirement?: null }|{ item?: "fact"; fact: tessera.surface.v1.Fact.$Shape; retirement?: null }|{ item?: "retirement"; fact?: null; retirement: tessera.surface.v1.RetirementMarker.$Shape })
                 * )} tessera.surface.v1.SubscribeItem.$Shape
                 */

                /**
                 * Constructs a new SubscribeItem.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a SubscribeItem.
                 * @constructor
                 * @param {tessera.surface.v1.SubscribeItem.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SubscribeItem = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SubscribeItem fact.
                 * @member {tessera.surface.v1.Fact.$Properties|null|undefined} fact
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @instance
                 */
                SubscribeItem.prototype.fact = null;

                /**
                 * SubscribeItem retirement.
                 * @member {tessera.surface.v1.RetirementMarker.$Properties|null|undefined} retirement
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @instance
                 */
                SubscribeItem.prototype.retirement = null;

                /**
                 * SubscribeItem stale.
                 * @member {boolean} stale
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @instance
                 */
                SubscribeItem.prototype.stale = false;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * SubscribeItem item.
                 * @member {"fact"|"retirement"|undefined} item
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @instance
                 */
                $Object.defineProperty(SubscribeItem.prototype, "item", {
                    get: $util.oneOfGetter($oneOfFields = ["fact", "retirement"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new SubscribeItem instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @static
                 * @param {tessera.surface.v1.SubscribeItem.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.SubscribeItem} SubscribeItem instance
                 * @type {{
                 *   (properties: tessera.surface.v1.SubscribeItem.$Shape): tessera.surface.v1.SubscribeItem & tessera.surface.v1.SubscribeItem.$Shape;
                 *   (properties?: tessera.surface.v1.SubscribeItem.$Properties): tessera.surface.v1.SubscribeItem;
                 * }}
                 */
                SubscribeItem.create = function(properties) {
                    return new SubscribeItem(properties);
                };

                /**
                 * Encodes the specified SubscribeItem message. Does not implicitly {@link tessera.surface.v1.SubscribeItem.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @static
                 * @param {tessera.surface.v1.SubscribeItem.$Properties} message SubscribeItem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SubscribeItem.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fact != null && $Object.hasOwnProperty.call(message, "fact"))
                        $root.tessera.surface.v1.Fact.encode(message.fact, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement"))
                        $root.tessera.surface.v1.RetirementMarker.encode(message.retirement, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.stale != null && $Object.hasOwnProperty.call(message, "stale") && message.stale !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.stale);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SubscribeItem message, length delimited. Does not implicitly {@link tessera.surface.v1.SubscribeItem.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @static
                 * @param {tessera.surface.v1.SubscribeItem.$Properties} message SubscribeItem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SubscribeItem.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SubscribeItem message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.SubscribeItem & tessera.surface.v1.SubscribeItem.$Shape} SubscribeItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SubscribeItem.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.SubscribeItem();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.fact = $root.tessera.surface.v1.Fact.decode(reader, reader.size(), $undefined, _depth + 1, message.fact);
                                message.item = "fact";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.retirement = $root.tessera.surface.v1.RetirementMarker.decode(reader, reader.size(), $undefined, _depth + 1, message.retirement);
                                message.item = "retirement";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stale = value;
                                else
                                    delete message.stale;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SubscribeItem message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.SubscribeItem & tessera.surface.v1.SubscribeItem.$Shape} SubscribeItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SubscribeItem.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SubscribeItem message.
                 * @function verify
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SubscribeItem.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.fact != null && $Object.hasOwnProperty.call(message, "fact")) {
                        properties.item = 1;
                        {
                            let error = $root.tessera.surface.v1.Fact.verify(message.fact, _depth + 1);
                            if (error)
                                return "fact." + error;
                        }
                    }
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement")) {
                        if (properties.item === 1)
                            return "item: multiple values";
                        properties.item = 1;
                        {
                            let error = $root.tessera.surface.v1.RetirementMarker.verify(message.retirement, _depth + 1);
                            if (error)
                                return "retirement." + error;
                        }
                    }
                    if (message.stale != null && $Object.hasOwnProperty.call(message, "stale"))
                        if (typeof message.stale !== "boolean")
                            return "stale: boolean expected";
                    return null;
                };

                /**
                 * Creates a SubscribeItem message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.SubscribeItem} SubscribeItem
                 */
                SubscribeItem.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.SubscribeItem)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.SubscribeItem: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.SubscribeItem();
                    if (object.fact != null) {
                        if (!$util.isObject(object.fact))
                            throw $TypeError(".tessera.surface.v1.SubscribeItem.fact: object expected");
                        message.fact = $root.tessera.surface.v1.Fact.fromObject(object.fact, _depth + 1);
                    }
                    if (object.retirement != null) {
                        if (!$util.isObject(object.retirement))
                            throw $TypeError(".tessera.surface.v1.SubscribeItem.retirement: object expected");
                        message.retirement = $root.tessera.surface.v1.RetirementMarker.fromObject(object.retirement, _depth + 1);
                    }
                    if (object.stale != null)
                        if (object.stale)
                            message.stale = $Boolean(object.stale);
                    return message;
                };

                /**
                 * Creates a plain object from a SubscribeItem message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @static
                 * @param {tessera.surface.v1.SubscribeItem} message SubscribeItem
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SubscribeItem.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.stale = false;
                    if (message.fact != null && $Object.hasOwnProperty.call(message, "fact")) {
                        object.fact = $root.tessera.surface.v1.Fact.toObject(message.fact, options, _depth + 1);
                        if (options.oneofs)
                            object.item = "fact";
                    }
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement")) {
                        object.retirement = $root.tessera.surface.v1.RetirementMarker.toObject(message.retirement, options, _depth + 1);
                        if (options.oneofs)
                            object.item = "retirement";
                    }
                    if (message.stale != null && $Object.hasOwnProperty.call(message, "stale"))
                        object.stale = message.stale;
                    return object;
                };

                /**
                 * Converts this SubscribeItem to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SubscribeItem.prototype.toJSON = function() {
                    return SubscribeItem.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SubscribeItem
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.SubscribeItem
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SubscribeItem.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.SubscribeItem";
                };

                return SubscribeItem;
            })();

            v1.StatusRequest = (function() {

                /**
                 * Properties of a StatusRequest.
                 * @typedef {Object} tessera.surface.v1.StatusRequest.$Properties
                 * @property {Uint8Array|null} [fingerprint] StatusRequest fingerprint
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatusRequest.
                 * @memberof tessera.surface.v1
                 * @interface IStatusRequest
                 * @augments tessera.surface.v1.StatusRequest.$Properties
                 * @deprecated Use tessera.surface.v1.StatusRequest.$Properties instead.
                 */

                /**
                 * Shape of a StatusRequest.
                 * @typedef {tessera.surface.v1.StatusRequest.$Properties} tessera.surface.v1.StatusRequest.$Shape
                 */

                /**
                 * Constructs a new StatusRequest.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a StatusRequest.
                 * @constructor
                 * @param {tessera.surface.v1.StatusRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StatusRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatusRequest fingerprint.
                 * @member {Uint8Array} fingerprint
                 * @memberof tessera.surface.v1.StatusRequest
                 * @instance
                 */
                StatusRequest.prototype.fingerprint = $util.newBuffer([]);

                /**
                 * Creates a new StatusRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.StatusRequest
                 * @static
                 * @param {tessera.surface.v1.StatusRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.StatusRequest} StatusRequest instance
                 * @type {{
                 *   (properties: tessera.surface.v1.StatusRequest.$Shape): tessera.surface.v1.StatusRequest & tessera.surface.v1.StatusRequest.$Shape;
                 *   (properties?: tessera.surface.v1.StatusRequest.$Properties): tessera.surface.v1.StatusRequest;
                 * }}
                 */
                StatusRequest.create = function(properties) {
                    return new StatusRequest(properties);
                };

                /**
                 * Encodes the specified StatusRequest message. Does not implicitly {@link tessera.surface.v1.StatusRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.StatusRequest
                 * @static
                 * @param {tessera.surface.v1.StatusRequest.$Properties} message StatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fingerprint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link tessera.surface.v1.StatusRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.StatusRequest
                 * @static
                 * @param {tessera.surface.v1.StatusRequest.$Properties} message StatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.StatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.StatusRequest & tessera.surface.v1.StatusRequest.$Shape} StatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatusRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.StatusRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.fingerprint = value;
                                else
                                    delete message.fingerprint;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.StatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.StatusRequest & tessera.surface.v1.StatusRequest.$Shape} StatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatusRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StatusRequest message.
                 * @function verify
                 * @memberof tessera.surface.v1.StatusRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StatusRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        if (!(message.fingerprint && typeof message.fingerprint.length === "number" || $util.isString(message.fingerprint)))
                            return "fingerprint: buffer expected";
                    return null;
                };

                /**
                 * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.StatusRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.StatusRequest} StatusRequest
                 */
                StatusRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.StatusRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.StatusRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.StatusRequest();
                    if (object.fingerprint != null)
                        if (object.fingerprint.length)
                            if (typeof object.fingerprint === "string")
                                $util.base64.decode(object.fingerprint, message.fingerprint = $util.newBuffer($util.base64.length(object.fingerprint)), 0);
                            else if (object.fingerprint.length >= 0)
                                message.fingerprint = object.fingerprint;
                    return message;
                };

                /**
                 * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.StatusRequest
                 * @static
                 * @param {tessera.surface.v1.StatusRequest} message StatusRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatusRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.fingerprint = "";
                        else {
                            object.fingerprint = [];
                            if (options.bytes !== $Array)
                                object.fingerprint = $util.newBuffer(object.fingerprint);
                        }
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        object.fingerprint = options.bytes === $String ? $util.base64.encode(message.fingerprint, 0, message.fingerprint.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fingerprint) : message.fingerprint;
                    return object;
                };

                /**
                 * Converts this StatusRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.StatusRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatusRequest.prototype.toJSON = function() {
                    return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatusRequest
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.StatusRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatusRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.StatusRequest";
                };

                return StatusRequest;
            })();

            v1.CommitteeMember = (function() {

                /**
                 * Properties of a CommitteeMember.
                 * @typedef {Object} tessera.surface.v1.CommitteeMember.$Properties
                 * @property {string|null} [id] CommitteeMember id
                 * @property {string|null} [endpoint] CommitteeMember endpoint
                 * @property {boolean|null} [up] CommitteeMember up
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CommitteeMember.
                 * @memberof tessera.surface.v1
                 * @interface ICommitteeMember
                 * @augments tessera.surface.v1.CommitteeMember.$Properties
                 * @deprecated Use tessera.surface.v1.CommitteeMember.$Properties instead.
                 */

                /**
                 * Shape of a CommitteeMember.
                 * @typedef {tessera.surface.v1.CommitteeMember.$Properties} tessera.surface.v1.CommitteeMember.$Shape
                 */

                /**
                 * Constructs a new CommitteeMember.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a CommitteeMember.
                 * @constructor
                 * @param {tessera.surface.v1.CommitteeMember.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CommitteeMember = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CommitteeMember id.
                 * @member {string} id
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @instance
                 */
                CommitteeMember.prototype.id = "";

                /**
                 * CommitteeMember endpoint.
                 * @member {string} endpoint
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @instance
                 */
                CommitteeMember.prototype.endpoint = "";

                /**
                 * CommitteeMember up.
                 * @member {boolean} up
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @instance
                 */
                CommitteeMember.prototype.up = false;

                /**
                 * Creates a new CommitteeMember instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @static
                 * @param {tessera.surface.v1.CommitteeMember.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.CommitteeMember} CommitteeMember instance
                 * @type {{
                 *   (properties: tessera.surface.v1.CommitteeMember.$Shape): tessera.surface.v1.CommitteeMember & tessera.surface.v1.CommitteeMember.$Shape;
                 *   (properties?: tessera.surface.v1.CommitteeMember.$Properties): tessera.surface.v1.CommitteeMember;
                 * }}
                 */
                CommitteeMember.create = function(properties) {
                    return new CommitteeMember(properties);
                };

                /**
                 * Encodes the specified CommitteeMember message. Does not implicitly {@link tessera.surface.v1.CommitteeMember.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @static
                 * @param {tessera.surface.v1.CommitteeMember.$Properties} message CommitteeMember message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitteeMember.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.endpoint);
                    if (message.up != null && $Object.hasOwnProperty.call(message, "up") && message.up !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.up);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CommitteeMember message, length delimited. Does not implicitly {@link tessera.surface.v1.CommitteeMember.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @static
                 * @param {tessera.surface.v1.CommitteeMember.$Properties} message CommitteeMember message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommitteeMember.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CommitteeMember message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.CommitteeMember & tessera.surface.v1.CommitteeMember.$Shape} CommitteeMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitteeMember.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.CommitteeMember();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.endpoint = value;
                                else
                                    delete message.endpoint;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.up = value;
                                else
                                    delete message.up;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a CommitteeMember message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.CommitteeMember & tessera.surface.v1.CommitteeMember.$Shape} CommitteeMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommitteeMember.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CommitteeMember message.
                 * @function verify
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CommitteeMember.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                        if (!$util.isString(message.endpoint))
                            return "endpoint: string expected";
                    if (message.up != null && $Object.hasOwnProperty.call(message, "up"))
                        if (typeof message.up !== "boolean")
                            return "up: boolean expected";
                    return null;
                };

                /**
                 * Creates a CommitteeMember message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.CommitteeMember} CommitteeMember
                 */
                CommitteeMember.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.CommitteeMember)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.CommitteeMember: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.CommitteeMember();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.endpoint != null)
                        if (typeof object.endpoint !== "string" || object.endpoint.length)
                            message.endpoint = $String(object.endpoint);
                    if (object.up != null)
                        if (object.up)
                            message.up = $Boolean(object.up);
                    return message;
                };

                /**
                 * Creates a plain object from a CommitteeMember message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @static
                 * @param {tessera.surface.v1.CommitteeMember} message CommitteeMember
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CommitteeMember.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.endpoint = "";
                        object.up = false;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                        object.endpoint = message.endpoint;
                    if (message.up != null && $Object.hasOwnProperty.call(message, "up"))
                        object.up = message.up;
                    return object;
                };

                /**
                 * Converts this CommitteeMember to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CommitteeMember.prototype.toJSON = function() {
                    return CommitteeMember.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CommitteeMember
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.CommitteeMember
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CommitteeMember.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.CommitteeMember";
                };

                return CommitteeMember;
            })();

            v1.StatusResponse = (function() {

                /**
                 * Properties of a StatusResponse.
                 * @typedef {Object} tessera.surface.v1.StatusResponse.$Properties
                 * @property {string|null} [organism] StatusResponse organism
                 * @property {Uint8Array|null} [stableId] StatusResponse stableId
                 * @property {Uint8Array|null} [contentHash] StatusResponse contentHash
                 * @property {Uint8Array|null} [fingerprint] StatusResponse fingerprint
                 * @property {Array.<tessera.surface.v1.CommitteeMember.$Properties>|null} [committee] StatusResponse committee
                 * @property {string|null} [leader] StatusResponse leader
                 * @property {number|null} [appliedIndex] StatusResponse appliedIndex
                 * @property {number|null} [firstSequence] StatusResponse firstSequence
                 * @property {number|null} [lastSequence] StatusResponse lastSequence
                 * @property {tessera.surface.v1.RetirementMarker.$Properties|null} [retirement] StatusResponse retirement
                 * @property {tessera.surface.v1.Freshness.$Properties|null} [freshness] StatusResponse freshness
                 * @property {Array.<string>|null} [streams] StatusResponse streams
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatusResponse.
                 * @memberof tessera.surface.v1
                 * @interface IStatusResponse
                 * @augments tessera.surface.v1.StatusResponse.$Properties
                 * @deprecated Use tessera.surface.v1.StatusResponse.$Properties instead.
                 */

                /**
                 * Shape of a StatusResponse.
                 * @typedef {tessera.surface.v1.StatusResponse.$Properties} tessera.surface.v1.StatusResponse.$Shape
                 */

                /**
                 * Constructs a new StatusResponse.
                 * @memberof tessera.surface.v1
                 * @classdesc Represents a StatusResponse.
                 * @constructor
                 * @param {tessera.surface.v1.StatusResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StatusResponse = function (properties) {
                    this.committee = [];
                    this.streams = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatusResponse organism.
                 * @member {string} organism
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.organism = "";

                /**
                 * StatusResponse stableId.
                 * @member {Uint8Array} stableId
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.stableId = $util.newBuffer([]);

                /**
                 * StatusResponse contentHash.
                 * @member {Uint8Array} contentHash
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.contentHash = $util.newBuffer([]);

                /**
                 * StatusResponse fingerprint.
                 * @member {Uint8Array} fingerprint
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.fingerprint = $util.newBuffer([]);

                /**
                 * StatusResponse committee.
                 * @member {Array.<tessera.surface.v1.CommitteeMember.$Properties>} committee
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.committee = $util.emptyArray;

                /**
                 * StatusResponse leader.
                 * @member {string} leader
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.leader = "";

                /**
                 * StatusResponse appliedIndex.
                 * @member {number} appliedIndex
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatusResponse firstSequence.
                 * @member {number} firstSequence
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.firstSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatusResponse lastSequence.
                 * @member {number} lastSequence
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.lastSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatusResponse retirement.
                 * @member {tessera.surface.v1.RetirementMarker.$Properties|null|undefined} retirement
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.retirement = null;

                /**
                 * StatusResponse freshness.
                 * @member {tessera.surface.v1.Freshness.$Properties|null|undefined} freshness
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.freshness = null;

                /**
                 * StatusResponse streams.
                 * @member {Array.<string>} streams
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.streams = $util.emptyArray;

                /**
                 * Creates a new StatusResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.surface.v1.StatusResponse
                 * @static
                 * @param {tessera.surface.v1.StatusResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.surface.v1.StatusResponse} StatusResponse instance
                 * @type {{
                 *   (properties: tessera.surface.v1.StatusResponse.$Shape): tessera.surface.v1.StatusResponse & tessera.surface.v1.StatusResponse.$Shape;
                 *   (properties?: tessera.surface.v1.StatusResponse.$Properties): tessera.surface.v1.StatusResponse;
                 * }}
                 */
                StatusResponse.create = function(properties) {
                    return new StatusResponse(properties);
                };

                /**
                 * Encodes the specified StatusResponse message. Does not implicitly {@link tessera.surface.v1.StatusResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.surface.v1.StatusResponse
                 * @static
                 * @param {tessera.surface.v1.StatusResponse.$Properties} message StatusResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.organism != null && $Object.hasOwnProperty.call(message, "organism") && message.organism !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.organism);
                    if (message.stableId != null && $Object.hasOwnProperty.call(message, "stableId") && message.stableId.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.stableId);
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.contentHash);
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.fingerprint);
                    if (message.committee != null && message.committee.length)
                        for (let i = 0; i < message.committee.length; ++i)
                            $root.tessera.surface.v1.CommitteeMember.encode(message.committee[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.leader);
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.appliedIndex);
                    if (message.firstSequence != null && $Object.hasOwnProperty.call(message, "firstSequence") && (typeof message.firstSequence === "object" ? message.firstSequence.low || message.firstSequence.high : message.firstSequence !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.firstSequence);
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence") && (typeof message.lastSequence === "object" ? message.lastSequence.low || message.lastSequence.high : message.lastSequence !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.lastSequence);
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement"))
                        $root.tessera.surface.v1.RetirementMarker.encode(message.retirement, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.freshness != null && $Object.hasOwnProperty.call(message, "freshness"))
                        $root.tessera.surface.v1.Freshness.encode(message.freshness, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.streams != null && message.streams.length)
                        for (let i = 0; i < message.streams.length; ++i)
                            writer.uint32(/* id 12, wireType 2 =*/98).string(message.streams[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StatusResponse message, length delimited. Does not implicitly {@link tessera.surface.v1.StatusResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.surface.v1.StatusResponse
                 * @static
                 * @param {tessera.surface.v1.StatusResponse.$Properties} message StatusResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StatusResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.surface.v1.StatusResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.StatusResponse & tessera.surface.v1.StatusResponse.$Shape} StatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatusResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.surface.v1.StatusResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.organism = value;
                                else
                                    delete message.organism;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.stableId = value;
                                else
                                    delete message.stableId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.contentHash = value;
                                else
                                    delete message.contentHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.fingerprint = value;
                                else
                                    delete message.fingerprint;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.committee && message.committee.length))
                                    message.committee = [];
                                message.committee.push($root.tessera.surface.v1.CommitteeMember.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.leader = value;
                                else
                                    delete message.leader;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.appliedIndex = value;
                                else
                                    delete message.appliedIndex;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.firstSequence = value;
                                else
                                    delete message.firstSequence;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSequence = value;
                                else
                                    delete message.lastSequence;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.retirement = $root.tessera.surface.v1.RetirementMarker.decode(reader, reader.size(), $undefined, _depth + 1, message.retirement);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.freshness = $root.tessera.surface.v1.Freshness.decode(reader, reader.size(), $undefined, _depth + 1, message.freshness);
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.streams && message.streams.length))
                                    message.streams = [];
                                message.streams.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StatusResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.surface.v1.StatusResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.StatusResponse & tessera.surface.v1.StatusResponse.$Shape} StatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatusResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StatusResponse message.
                 * @function verify
                 * @memberof tessera.surface.v1.StatusResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StatusResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.organism != null && $Object.hasOwnProperty.call(message, "organism"))
                        if (!$util.isString(message.organism))
                            return "organism: string expected";
                    if (message.stableId != null && $Object.hasOwnProperty.call(message, "stableId"))
                        if (!(message.stableId && typeof message.stableId.length === "number" || $util.isString(message.stableId)))
                            return "stableId: buffer expected";
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                        if (!(message.contentHash && typeof message.contentHash.length === "number" || $util.isString(message.contentHash)))
                            return "contentHash: buffer expected";
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        if (!(message.fingerprint && typeof message.fingerprint.length === "number" || $util.isString(message.fingerprint)))
                            return "fingerprint: buffer expected";
                    if (message.committee != null && $Object.hasOwnProperty.call(message, "committee")) {
                        if (!$Array.isArray(message.committee))
                            return "committee: array expected";
                        for (let i = 0; i < message.committee.length; ++i) {
                            let error = $root.tessera.surface.v1.CommitteeMember.verify(message.committee[i], _depth + 1);
                            if (error)
                                return "committee." + error;
                        }
                    }
                    if (message.leader != null && $Object.hasOwnProperty.call(message, "leader"))
                        if (!$util.isString(message.leader))
                            return "leader: string expected";
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (!$util.isInteger(message.appliedIndex) && !(message.appliedIndex && $util.isInteger(message.appliedIndex.low) && $util.isInteger(message.appliedIndex.high)))
                            return "appliedIndex: integer|Long expected";
                    if (message.firstSequence != null && $Object.hasOwnProperty.call(message, "firstSequence"))
                        if (!$util.isInteger(message.firstSequence) && !(message.firstSequence && $util.isInteger(message.firstSequence.low) && $util.isInteger(message.firstSequence.high)))
                            return "firstSequence: integer|Long expected";
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence"))
                        if (!$util.isInteger(message.lastSequence) && !(message.lastSequence && $util.isInteger(message.lastSequence.low) && $util.isInteger(message.lastSequence.high)))
                            return "lastSequence: integer|Long expected";
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement")) {
                        let error = $root.tessera.surface.v1.RetirementMarker.verify(message.retirement, _depth + 1);
                        if (error)
                            return "retirement." + error;
                    }
                    if (message.freshness != null && $Object.hasOwnProperty.call(message, "freshness")) {
                        let error = $root.tessera.surface.v1.Freshness.verify(message.freshness, _depth + 1);
                        if (error)
                            return "freshness." + error;
                    }
                    if (message.streams != null && $Object.hasOwnProperty.call(message, "streams")) {
                        if (!$Array.isArray(message.streams))
                            return "streams: array expected";
                        for (let i = 0; i < message.streams.length; ++i)
                            if (!$util.isString(message.streams[i]))
                                return "streams: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.surface.v1.StatusResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.surface.v1.StatusResponse} StatusResponse
                 */
                StatusResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.surface.v1.StatusResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.surface.v1.StatusResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.surface.v1.StatusResponse();
                    if (object.organism != null)
                        if (typeof object.organism !== "string" || object.organism.length)
                            message.organism = $String(object.organism);
                    if (object.stableId != null)
                        if (object.stableId.length)
                            if (typeof object.stableId === "string")
                                $util.base64.decode(object.stableId, message.stableId = $util.newBuffer($util.base64.length(object.stableId)), 0);
                            else if (object.stableId.length >= 0)
                                message.stableId = object.stableId;
                    if (object.contentHash != null)
                        if (object.contentHash.length)
                            if (typeof object.contentHash === "string")
                                $util.base64.decode(object.contentHash, message.contentHash = $util.newBuffer($util.base64.length(object.contentHash)), 0);
                            else if (object.contentHash.length >= 0)
                                message.contentHash = object.contentHash;
                    if (object.fingerprint != null)
                        if (object.fingerprint.length)
                            if (typeof object.fingerprint === "string")
                                $util.base64.decode(object.fingerprint, message.fingerprint = $util.newBuffer($util.base64.length(object.fingerprint)), 0);
                            else if (object.fingerprint.length >= 0)
                                message.fingerprint = object.fingerprint;
                    if (object.committee) {
                        if (!$Array.isArray(object.committee))
                            throw $TypeError(".tessera.surface.v1.StatusResponse.committee: array expected");
                        message.committee = $Array(object.committee.length);
                        for (let i = 0; i < object.committee.length; ++i) {
                            if (!$util.isObject(object.committee[i]))
                                throw $TypeError(".tessera.surface.v1.StatusResponse.committee: object expected");
                            message.committee[i] = $root.tessera.surface.v1.CommitteeMember.fromObject(object.committee[i], _depth + 1);
                        }
                    }
                    if (object.leader != null)
                        if (typeof object.leader !== "string" || object.leader.length)
                            message.leader = $String(object.leader);
                    if (object.appliedIndex != null)
                        if (typeof object.appliedIndex === "object" ? object.appliedIndex.low || object.appliedIndex.high : $Number(object.appliedIndex) !== 0)
                            if ($util.Long)
                                message.appliedIndex = $util.Long.fromValue(object.appliedIndex, true);
                            else if (typeof object.appliedIndex === "string")
                                message.appliedIndex = $parseInt(object.appliedIndex, 10);
                            else if (typeof object.appliedIndex === "number")
                                message.appliedIndex = object.appliedIndex;
                            else if (typeof object.appliedIndex === "object")
                                message.appliedIndex = new $util.LongBits(object.appliedIndex.low >>> 0, object.appliedIndex.high >>> 0).toNumber(true);
                    if (object.firstSequence != null)
                        if (typeof object.firstSequence === "object" ? object.firstSequence.low || object.firstSequence.high : $Number(object.firstSequence) !== 0)
                            if ($util.Long)
                                message.firstSequence = $util.Long.fromValue(object.firstSequence, true);
                            else if (typeof object.firstSequence === "string")
                                message.firstSequence = $parseInt(object.firstSequence, 10);
                            else if (typeof object.firstSequence === "number")
                                message.firstSequence = object.firstSequence;
                            else if (typeof object.firstSequence === "object")
                                message.firstSequence = new $util.LongBits(object.firstSequence.low >>> 0, object.firstSequence.high >>> 0).toNumber(true);
                    if (object.lastSequence != null)
                        if (typeof object.lastSequence === "object" ? object.lastSequence.low || object.lastSequence.high : $Number(object.lastSequence) !== 0)
                            if ($util.Long)
                                message.lastSequence = $util.Long.fromValue(object.lastSequence, true);
                            else if (typeof object.lastSequence === "string")
                                message.lastSequence = $parseInt(object.lastSequence, 10);
                            else if (typeof object.lastSequence === "number")
                                message.lastSequence = object.lastSequence;
                            else if (typeof object.lastSequence === "object")
                                message.lastSequence = new $util.LongBits(object.lastSequence.low >>> 0, object.lastSequence.high >>> 0).toNumber(true);
                    if (object.retirement != null) {
                        if (!$util.isObject(object.retirement))
                            throw $TypeError(".tessera.surface.v1.StatusResponse.retirement: object expected");
                        message.retirement = $root.tessera.surface.v1.RetirementMarker.fromObject(object.retirement, _depth + 1);
                    }
                    if (object.freshness != null) {
                        if (!$util.isObject(object.freshness))
                            throw $TypeError(".tessera.surface.v1.StatusResponse.freshness: object expected");
                        message.freshness = $root.tessera.surface.v1.Freshness.fromObject(object.freshness, _depth + 1);
                    }
                    if (object.streams) {
                        if (!$Array.isArray(object.streams))
                            throw $TypeError(".tessera.surface.v1.StatusResponse.streams: array expected");
                        message.streams = $Array(object.streams.length);
                        for (let i = 0; i < object.streams.length; ++i)
                            message.streams[i] = $String(object.streams[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.surface.v1.StatusResponse
                 * @static
                 * @param {tessera.surface.v1.StatusResponse} message StatusResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatusResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.committee = [];
                        object.streams = [];
                    }
                    if (options.defaults) {
                        object.organism = "";
                        if (options.bytes === $String)
                            object.stableId = "";
                        else {
                            object.stableId = [];
                            if (options.bytes !== $Array)
                                object.stableId = $util.newBuffer(object.stableId);
                        }
                        if (options.bytes === $String)
                            object.contentHash = "";
                        else {
                            object.contentHash = [];
                            if (options.bytes !== $Array)
                                object.contentHash = $util.newBuffer(object.contentHash);
                        }
                        if (options.bytes === $String)
                            object.fingerprint = "";
                        else {
                            object.fingerprint = [];
                            if (options.bytes !== $Array)
                                object.fingerprint = $util.newBuffer(object.fingerprint);
                        }
                        object.leader = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.appliedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.appliedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.firstSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.firstSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.retirement = null;
                        object.freshness = null;
                    }
                    if (message.organism != null && $Object.hasOwnProperty.call(message, "organism"))
                        object.organism = message.organism;
                    if (message.stableId != null && $Object.hasOwnProperty.call(message, "stableId"))
                        object.stableId = options.bytes === $String ? $util.base64.encode(message.stableId, 0, message.stableId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stableId) : message.stableId;
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                        object.contentHash = options.bytes === $String ? $util.base64.encode(message.contentHash, 0, message.contentHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contentHash) : message.contentHash;
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        object.fingerprint = options.bytes === $String ? $util.base64.encode(message.fingerprint, 0, message.fingerprint.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fingerprint) : message.fingerprint;
                    if (message.committee && message.committee.length) {
                        object.committee = $Array(message.committee.length);
                        for (let j = 0; j < message.committee.length; ++j)
                            object.committee[j] = $root.tessera.surface.v1.CommitteeMember.toObject(message.committee[j], options, _depth + 1);
                    }
                    if (message.leader != null && $Object.hasOwnProperty.call(message, "leader"))
                        object.leader = message.leader;
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.appliedIndex = typeof message.appliedIndex === "number" ? $BigInt(message.appliedIndex) : $util.Long.fromBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.appliedIndex === "number")
                            object.appliedIndex = options.longs === $String ? $String(message.appliedIndex) : message.appliedIndex;
                        else
                            object.appliedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedIndex) : options.longs === $Number ? new $util.LongBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0).toNumber(true) : message.appliedIndex;
                    if (message.firstSequence != null && $Object.hasOwnProperty.call(message, "firstSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.firstSequence = typeof message.firstSequence === "number" ? $BigInt(message.firstSequence) : $util.Long.fromBits(message.firstSequence.low >>> 0, message.firstSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.firstSequence === "number")
                            object.firstSequence = options.longs === $String ? $String(message.firstSequence) : message.firstSequence;
                        else
                            object.firstSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSequence) : options.longs === $Number ? new $util.LongBits(message.firstSequence.low >>> 0, message.firstSequence.high >>> 0).toNumber(true) : message.firstSequence;
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSequence = typeof message.lastSequence === "number" ? $BigInt(message.lastSequence) : $util.Long.fromBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSequence === "number")
                            object.lastSequence = options.longs === $String ? $String(message.lastSequence) : message.lastSequence;
                        else
                            object.lastSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSequence) : options.longs === $Number ? new $util.LongBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0).toNumber(true) : message.lastSequence;
                    if (message.retirement != null && $Object.hasOwnProperty.call(message, "retirement"))
                        object.retirement = $root.tessera.surface.v1.RetirementMarker.toObject(message.retirement, options, _depth + 1);
                    if (message.freshness != null && $Object.hasOwnProperty.call(message, "freshness"))
                        object.freshness = $root.tessera.surface.v1.Freshness.toObject(message.freshness, options, _depth + 1);
                    if (message.streams && message.streams.length) {
                        object.streams = $Array(message.streams.length);
                        for (let j = 0; j < message.streams.length; ++j)
                            object.streams[j] = message.streams[j];
                    }
                    return object;
                };

                /**
                 * Converts this StatusResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.surface.v1.StatusResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatusResponse.prototype.toJSON = function() {
                    return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatusResponse
                 * @function getTypeUrl
                 * @memberof tessera.surface.v1.StatusResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatusResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.surface.v1.StatusResponse";
                };

                return StatusResponse;
            })();

            return v1;
        })();

        return surface;
    })();

    return tessera;
})();

export {
  $root as default
};
