/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["admin_v1"] || ($protobuf.roots["admin_v1"] = {});

export const tessera = $root.tessera = (() => {

    /**
     * Namespace tessera.
     * @exports tessera
     * @namespace
     */
    const tessera = {};

    tessera.admin = (function() {

        /**
         * Namespace admin.
         * @memberof tessera
         * @namespace
         */
        const admin = {};

        admin.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tessera.admin
             * @namespace
             */
            const v1 = {};

            v1.Attestation = (function() {

                /**
                 * Properties of an Attestation.
                 * @typedef {Object} tessera.admin.v1.Attestation.$Properties
                 * @property {string|null} [mrTd] Attestation mrTd
                 * @property {string|null} [tcbStatus] Attestation tcbStatus
                 * @property {string|null} [quoteDigest] Attestation quoteDigest
                 * @property {number|null} [verifiedAtMs] Attestation verifiedAtMs
                 * @property {boolean|null} [simulated] Attestation simulated
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Attestation.
                 * @memberof tessera.admin.v1
                 * @interface IAttestation
                 * @augments tessera.admin.v1.Attestation.$Properties
                 * @deprecated Use tessera.admin.v1.Attestation.$Properties instead.
                 */

                /**
                 * Shape of an Attestation.
                 * @typedef {tessera.admin.v1.Attestation.$Properties} tessera.admin.v1.Attestation.$Shape
                 */

                /**
                 * Constructs a new Attestation.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents an Attestation.
                 * @constructor
                 * @param {tessera.admin.v1.Attestation.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Attestation = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Attestation mrTd.
                 * @member {string} mrTd
                 * @memberof tessera.admin.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.mrTd = "";

                /**
                 * Attestation tcbStatus.
                 * @member {string} tcbStatus
                 * @memberof tessera.admin.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.tcbStatus = "";

                /**
                 * Attestation quoteDigest.
                 * @member {string} quoteDigest
                 * @memberof tessera.admin.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.quoteDigest = "";

                /**
                 * Attestation verifiedAtMs.
                 * @member {number} verifiedAtMs
                 * @memberof tessera.admin.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.verifiedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Attestation simulated.
                 * @member {boolean} simulated
                 * @memberof tessera.admin.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.simulated = false;

                /**
                 * Creates a new Attestation instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.Attestation
                 * @static
                 * @param {tessera.admin.v1.Attestation.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.Attestation} Attestation instance
                 * @type {{
                 *   (properties: tessera.admin.v1.Attestation.$Shape): tessera.admin.v1.Attestation & tessera.admin.v1.Attestation.$Shape;
                 *   (properties?: tessera.admin.v1.Attestation.$Properties): tessera.admin.v1.Attestation;
                 * }}
                 */
                Attestation.create = function(properties) {
                    return new Attestation(properties);
                };

                /**
                 * Encodes the specified Attestation message. Does not implicitly {@link tessera.admin.v1.Attestation.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.Attestation
                 * @static
                 * @param {tessera.admin.v1.Attestation.$Properties} message Attestation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Attestation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.mrTd != null && $Object.hasOwnProperty.call(message, "mrTd") && message.mrTd !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.mrTd);
                    if (message.tcbStatus != null && $Object.hasOwnProperty.call(message, "tcbStatus") && message.tcbStatus !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.tcbStatus);
                    if (message.quoteDigest != null && $Object.hasOwnProperty.call(message, "quoteDigest") && message.quoteDigest !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.quoteDigest);
                    if (message.verifiedAtMs != null && $Object.hasOwnProperty.call(message, "verifiedAtMs") && (typeof message.verifiedAtMs === "object" ? message.verifiedAtMs.low || message.verifiedAtMs.high : message.verifiedAtMs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.verifiedAtMs);
                    if (message.simulated != null && $Object.hasOwnProperty.call(message, "simulated") && message.simulated !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.simulated);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Attestation message, length delimited. Does not implicitly {@link tessera.admin.v1.Attestation.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.Attestation
                 * @static
                 * @param {tessera.admin.v1.Attestation.$Properties} message Attestation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Attestation.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Attestation message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.Attestation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.Attestation & tessera.admin.v1.Attestation.$Shape} Attestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Attestation.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.Attestation();
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
                                    message.mrTd = value;
                                else
                                    delete message.mrTd;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tcbStatus = value;
                                else
                                    delete message.tcbStatus;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.quoteDigest = value;
                                else
                                    delete message.quoteDigest;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.verifiedAtMs = value;
                                else
                                    delete message.verifiedAtMs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.simulated = value;
                                else
                                    delete message.simulated;
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
                 * Decodes an Attestation message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.Attestation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.Attestation & tessera.admin.v1.Attestation.$Shape} Attestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Attestation.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Attestation message.
                 * @function verify
                 * @memberof tessera.admin.v1.Attestation
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Attestation.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.mrTd != null && $Object.hasOwnProperty.call(message, "mrTd"))
                        if (!$util.isString(message.mrTd))
                            return "mrTd: string expected";
                    if (message.tcbStatus != null && $Object.hasOwnProperty.call(message, "tcbStatus"))
                        if (!$util.isString(message.tcbStatus))
                            return "tcbStatus: string expected";
                    if (message.quoteDigest != null && $Object.hasOwnProperty.call(message, "quoteDigest"))
                        if (!$util.isString(message.quoteDigest))
                            return "quoteDigest: string expected";
                    if (message.verifiedAtMs != null && $Object.hasOwnProperty.call(message, "verifiedAtMs"))
                        if (!$util.isInteger(message.verifiedAtMs) && !(message.verifiedAtMs && $util.isInteger(message.verifiedAtMs.low) && $util.isInteger(message.verifiedAtMs.high)))
                            return "verifiedAtMs: integer|Long expected";
                    if (message.simulated != null && $Object.hasOwnProperty.call(message, "simulated"))
                        if (typeof message.simulated !== "boolean")
                            return "simulated: boolean expected";
                    return null;
                };

                /**
                 * Creates an Attestation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.Attestation
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.Attestation} Attestation
                 */
                Attestation.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.Attestation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.Attestation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.Attestation();
                    if (object.mrTd != null)
                        if (typeof object.mrTd !== "string" || object.mrTd.length)
                            message.mrTd = $String(object.mrTd);
                    if (object.tcbStatus != null)
                        if (typeof object.tcbStatus !== "string" || object.tcbStatus.length)
                            message.tcbStatus = $String(object.tcbStatus);
                    if (object.quoteDigest != null)
                        if (typeof object.quoteDigest !== "string" || object.quoteDigest.length)
                            message.quoteDigest = $String(object.quoteDigest);
                    if (object.verifiedAtMs != null)
                        if (typeof object.verifiedAtMs === "object" ? object.verifiedAtMs.low || object.verifiedAtMs.high : $Number(object.verifiedAtMs) !== 0)
                            if ($util.Long)
                                message.verifiedAtMs = $util.Long.fromValue(object.verifiedAtMs, true);
                            else if (typeof object.verifiedAtMs === "string")
                                message.verifiedAtMs = $parseInt(object.verifiedAtMs, 10);
                            else if (typeof object.verifiedAtMs === "number")
                                message.verifiedAtMs = object.verifiedAtMs;
                            else if (typeof object.verifiedAtMs === "object")
                                message.verifiedAtMs = new $util.LongBits(object.verifiedAtMs.low >>> 0, object.verifiedAtMs.high >>> 0).toNumber(true);
                    if (object.simulated != null)
                        if (object.simulated)
                            message.simulated = $Boolean(object.simulated);
                    return message;
                };

                /**
                 * Creates a plain object from an Attestation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.Attestation
                 * @static
                 * @param {tessera.admin.v1.Attestation} message Attestation
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Attestation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.mrTd = "";
                        object.tcbStatus = "";
                        object.quoteDigest = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.verifiedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.verifiedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.simulated = false;
                    }
                    if (message.mrTd != null && $Object.hasOwnProperty.call(message, "mrTd"))
                        object.mrTd = message.mrTd;
                    if (message.tcbStatus != null && $Object.hasOwnProperty.call(message, "tcbStatus"))
                        object.tcbStatus = message.tcbStatus;
                    if (message.quoteDigest != null && $Object.hasOwnProperty.call(message, "quoteDigest"))
                        object.quoteDigest = message.quoteDigest;
                    if (message.verifiedAtMs != null && $Object.hasOwnProperty.call(message, "verifiedAtMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.verifiedAtMs = typeof message.verifiedAtMs === "number" ? $BigInt(message.verifiedAtMs) : $util.Long.fromBits(message.verifiedAtMs.low >>> 0, message.verifiedAtMs.high >>> 0, true).toBigInt();
                        else if (typeof message.verifiedAtMs === "number")
                            object.verifiedAtMs = options.longs === $String ? $String(message.verifiedAtMs) : message.verifiedAtMs;
                        else
                            object.verifiedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.verifiedAtMs) : options.longs === $Number ? new $util.LongBits(message.verifiedAtMs.low >>> 0, message.verifiedAtMs.high >>> 0).toNumber(true) : message.verifiedAtMs;
                    if (message.simulated != null && $Object.hasOwnProperty.call(message, "simulated"))
                        object.simulated = message.simulated;
                    return object;
                };

                /**
                 * Converts this Attestation to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.Attestation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Attestation.prototype.toJSON = function() {
                    return Attestation.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Attestation
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.Attestation
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Attestation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.Attestation";
                };

                return Attestation;
            })();

            v1.Reattestation = (function() {

                /**
                 * Properties of a Reattestation.
                 * @typedef {Object} tessera.admin.v1.Reattestation.$Properties
                 * @property {number|null} [atMs] Reattestation atMs
                 * @property {string|null} [verdict] Reattestation verdict
                 * @property {boolean|null} [attested] Reattestation attested
                 * @property {string|null} [reason] Reattestation reason
                 * @property {string|null} [mrTd] Reattestation mrTd
                 * @property {string|null} [tcbStatus] Reattestation tcbStatus
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Reattestation.
                 * @memberof tessera.admin.v1
                 * @interface IReattestation
                 * @augments tessera.admin.v1.Reattestation.$Properties
                 * @deprecated Use tessera.admin.v1.Reattestation.$Properties instead.
                 */

                /**
                 * Shape of a Reattestation.
                 * @typedef {tessera.admin.v1.Reattestation.$Properties} tessera.admin.v1.Reattestation.$Shape
                 */

                /**
                 * Constructs a new Reattestation.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a Reattestation.
                 * @constructor
                 * @param {tessera.admin.v1.Reattestation.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Reattestation = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Reattestation atMs.
                 * @member {number} atMs
                 * @memberof tessera.admin.v1.Reattestation
                 * @instance
                 */
                Reattestation.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Reattestation verdict.
                 * @member {string} verdict
                 * @memberof tessera.admin.v1.Reattestation
                 * @instance
                 */
                Reattestation.prototype.verdict = "";

                /**
                 * Reattestation attested.
                 * @member {boolean} attested
                 * @memberof tessera.admin.v1.Reattestation
                 * @instance
                 */
                Reattestation.prototype.attested = false;

                /**
                 * Reattestation reason.
                 * @member {string} reason
                 * @memberof tessera.admin.v1.Reattestation
                 * @instance
                 */
                Reattestation.prototype.reason = "";

                /**
                 * Reattestation mrTd.
                 * @member {string} mrTd
                 * @memberof tessera.admin.v1.Reattestation
                 * @instance
                 */
                Reattestation.prototype.mrTd = "";

                /**
                 * Reattestation tcbStatus.
                 * @member {string} tcbStatus
                 * @memberof tessera.admin.v1.Reattestation
                 * @instance
                 */
                Reattestation.prototype.tcbStatus = "";

                /**
                 * Creates a new Reattestation instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.Reattestation
                 * @static
                 * @param {tessera.admin.v1.Reattestation.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.Reattestation} Reattestation instance
                 * @type {{
                 *   (properties: tessera.admin.v1.Reattestation.$Shape): tessera.admin.v1.Reattestation & tessera.admin.v1.Reattestation.$Shape;
                 *   (properties?: tessera.admin.v1.Reattestation.$Properties): tessera.admin.v1.Reattestation;
                 * }}
                 */
                Reattestation.create = function(properties) {
                    return new Reattestation(properties);
                };

                /**
                 * Encodes the specified Reattestation message. Does not implicitly {@link tessera.admin.v1.Reattestation.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.Reattestation
                 * @static
                 * @param {tessera.admin.v1.Reattestation.$Properties} message Reattestation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Reattestation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.atMs);
                    if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict") && message.verdict !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.verdict);
                    if (message.attested != null && $Object.hasOwnProperty.call(message, "attested") && message.attested !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.attested);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.mrTd != null && $Object.hasOwnProperty.call(message, "mrTd") && message.mrTd !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.mrTd);
                    if (message.tcbStatus != null && $Object.hasOwnProperty.call(message, "tcbStatus") && message.tcbStatus !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.tcbStatus);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Reattestation message, length delimited. Does not implicitly {@link tessera.admin.v1.Reattestation.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.Reattestation
                 * @static
                 * @param {tessera.admin.v1.Reattestation.$Properties} message Reattestation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Reattestation.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Reattestation message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.Reattestation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.Reattestation & tessera.admin.v1.Reattestation.$Shape} Reattestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Reattestation.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.Reattestation();
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
                                    message.atMs = value;
                                else
                                    delete message.atMs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.verdict = value;
                                else
                                    delete message.verdict;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.attested = value;
                                else
                                    delete message.attested;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.mrTd = value;
                                else
                                    delete message.mrTd;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tcbStatus = value;
                                else
                                    delete message.tcbStatus;
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
                 * Decodes a Reattestation message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.Reattestation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.Reattestation & tessera.admin.v1.Reattestation.$Shape} Reattestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Reattestation.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Reattestation message.
                 * @function verify
                 * @memberof tessera.admin.v1.Reattestation
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Reattestation.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                        if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                            return "atMs: integer|Long expected";
                    if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                        if (!$util.isString(message.verdict))
                            return "verdict: string expected";
                    if (message.attested != null && $Object.hasOwnProperty.call(message, "attested"))
                        if (typeof message.attested !== "boolean")
                            return "attested: boolean expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    if (message.mrTd != null && $Object.hasOwnProperty.call(message, "mrTd"))
                        if (!$util.isString(message.mrTd))
                            return "mrTd: string expected";
                    if (message.tcbStatus != null && $Object.hasOwnProperty.call(message, "tcbStatus"))
                        if (!$util.isString(message.tcbStatus))
                            return "tcbStatus: string expected";
                    return null;
                };

                /**
                 * Creates a Reattestation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.Reattestation
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.Reattestation} Reattestation
                 */
                Reattestation.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.Reattestation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.Reattestation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.Reattestation();
                    if (object.atMs != null)
                        if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                            if ($util.Long)
                                message.atMs = $util.Long.fromValue(object.atMs, true);
                            else if (typeof object.atMs === "string")
                                message.atMs = $parseInt(object.atMs, 10);
                            else if (typeof object.atMs === "number")
                                message.atMs = object.atMs;
                            else if (typeof object.atMs === "object")
                                message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber(true);
                    if (object.verdict != null)
                        if (typeof object.verdict !== "string" || object.verdict.length)
                            message.verdict = $String(object.verdict);
                    if (object.attested != null)
                        if (object.attested)
                            message.attested = $Boolean(object.attested);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.mrTd != null)
                        if (typeof object.mrTd !== "string" || object.mrTd.length)
                            message.mrTd = $String(object.mrTd);
                    if (object.tcbStatus != null)
                        if (typeof object.tcbStatus !== "string" || object.tcbStatus.length)
                            message.tcbStatus = $String(object.tcbStatus);
                    return message;
                };

                /**
                 * Creates a plain object from a Reattestation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.Reattestation
                 * @static
                 * @param {tessera.admin.v1.Reattestation} message Reattestation
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Reattestation.toObject = function (message, options, _depth) {
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
                            object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.verdict = "";
                        object.attested = false;
                        object.reason = "";
                        object.mrTd = "";
                        object.tcbStatus = "";
                    }
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
                        else if (typeof message.atMs === "number")
                            object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                        else
                            object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
                    if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                        object.verdict = message.verdict;
                    if (message.attested != null && $Object.hasOwnProperty.call(message, "attested"))
                        object.attested = message.attested;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.mrTd != null && $Object.hasOwnProperty.call(message, "mrTd"))
                        object.mrTd = message.mrTd;
                    if (message.tcbStatus != null && $Object.hasOwnProperty.call(message, "tcbStatus"))
                        object.tcbStatus = message.tcbStatus;
                    return object;
                };

                /**
                 * Converts this Reattestation to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.Reattestation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Reattestation.prototype.toJSON = function() {
                    return Reattestation.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Reattestation
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.Reattestation
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Reattestation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.Reattestation";
                };

                return Reattestation;
            })();

            v1.Member = (function() {

                /**
                 * Properties of a Member.
                 * @typedef {Object} tessera.admin.v1.Member.$Properties
                 * @property {number|null} [id] Member id
                 * @property {string|null} [address] Member address
                 * @property {string|null} [keyId] Member keyId
                 * @property {string|null} [role] Member role
                 * @property {tessera.admin.v1.Attestation.$Properties|null} [attestation] Member attestation
                 * @property {number|null} [matchIndex] Member matchIndex
                 * @property {string|null} [clientAddress] Member clientAddress
                 * @property {tessera.admin.v1.Reattestation.$Properties|null} [reattestation] Member reattestation
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Member.
                 * @memberof tessera.admin.v1
                 * @interface IMember
                 * @augments tessera.admin.v1.Member.$Properties
                 * @deprecated Use tessera.admin.v1.Member.$Properties instead.
                 */

                /**
                 * Shape of a Member.
                 * @typedef {tessera.admin.v1.Member.$Properties} tessera.admin.v1.Member.$Shape
                 */

                /**
                 * Constructs a new Member.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a Member.
                 * @constructor
                 * @param {tessera.admin.v1.Member.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Member = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Member id.
                 * @member {number} id
                 * @memberof tessera.admin.v1.Member
                 * @instance
                 */
                Member.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Member address.
                 * @member {string} address
                 * @memberof tessera.admin.v1.Member
                 * @instance
                 */
                Member.prototype.address = "";

                /**
                 * Member keyId.
                 * @member {string} keyId
                 * @memberof tessera.admin.v1.Member
                 * @instance
                 */
                Member.prototype.keyId = "";

                /**
                 * Member role.
                 * @member {string} role
                 * @memberof tessera.admin.v1.Member
                 * @instance
                 */
                Member.prototype.role = "";

                /**
                 * Member attestation.
                 * @member {tessera.admin.v1.Attestation.$Properties|null|undefined} attestation
                 * @memberof tessera.admin.v1.Member
                 * @instance
                 */
                Member.prototype.attestation = null;

                /**
                 * Member matchIndex.
                 * @member {number} matchIndex
                 * @memberof tessera.admin.v1.Member
                 * @instance
                 */
                Member.prototype.matchIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Member clientAddress.
                 * @member {string} clientAddress
                 * @memberof tessera.admin.v1.Member
                 * @instance
                 */
                Member.prototype.clientAddress = "";

                /**
                 * Member reattestation.
                 * @member {tessera.admin.v1.Reattestation.$Properties|null|undefined} reattestation
                 * @memberof tessera.admin.v1.Member
                 * @instance
                 */
                Member.prototype.reattestation = null;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.Member
                 * @static
                 * @param {tessera.admin.v1.Member.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.Member} Member instance
                 * @type {{
                 *   (properties: tessera.admin.v1.Member.$Shape): tessera.admin.v1.Member & tessera.admin.v1.Member.$Shape;
                 *   (properties?: tessera.admin.v1.Member.$Properties): tessera.admin.v1.Member;
                 * }}
                 */
                Member.create = function(properties) {
                    return new Member(properties);
                };

                /**
                 * Encodes the specified Member message. Does not implicitly {@link tessera.admin.v1.Member.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.Member
                 * @static
                 * @param {tessera.admin.v1.Member.$Properties} message Member message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Member.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.keyId);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.role);
                    if (message.attestation != null && $Object.hasOwnProperty.call(message, "attestation"))
                        $root.tessera.admin.v1.Attestation.encode(message.attestation, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.matchIndex != null && $Object.hasOwnProperty.call(message, "matchIndex") && (typeof message.matchIndex === "object" ? message.matchIndex.low || message.matchIndex.high : message.matchIndex !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.matchIndex);
                    if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.clientAddress);
                    if (message.reattestation != null && $Object.hasOwnProperty.call(message, "reattestation"))
                        $root.tessera.admin.v1.Reattestation.encode(message.reattestation, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Member message, length delimited. Does not implicitly {@link tessera.admin.v1.Member.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.Member
                 * @static
                 * @param {tessera.admin.v1.Member.$Properties} message Member message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Member.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.Member
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.Member & tessera.admin.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Member.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.Member();
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
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.keyId = value;
                                else
                                    delete message.keyId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.attestation = $root.tessera.admin.v1.Attestation.decode(reader, reader.size(), $undefined, _depth + 1, message.attestation);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.matchIndex = value;
                                else
                                    delete message.matchIndex;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientAddress = value;
                                else
                                    delete message.clientAddress;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.reattestation = $root.tessera.admin.v1.Reattestation.decode(reader, reader.size(), $undefined, _depth + 1, message.reattestation);
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
                 * Decodes a Member message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.Member
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.Member & tessera.admin.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Member.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Member message.
                 * @function verify
                 * @memberof tessera.admin.v1.Member
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Member.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        if (!$util.isString(message.address))
                            return "address: string expected";
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                        if (!$util.isString(message.keyId))
                            return "keyId: string expected";
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        if (!$util.isString(message.role))
                            return "role: string expected";
                    if (message.attestation != null && $Object.hasOwnProperty.call(message, "attestation")) {
                        let error = $root.tessera.admin.v1.Attestation.verify(message.attestation, _depth + 1);
                        if (error)
                            return "attestation." + error;
                    }
                    if (message.matchIndex != null && $Object.hasOwnProperty.call(message, "matchIndex"))
                        if (!$util.isInteger(message.matchIndex) && !(message.matchIndex && $util.isInteger(message.matchIndex.low) && $util.isInteger(message.matchIndex.high)))
                            return "matchIndex: integer|Long expected";
                    if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress"))
                        if (!$util.isString(message.clientAddress))
                            return "clientAddress: string expected";
                    if (message.reattestation != null && $Object.hasOwnProperty.call(message, "reattestation")) {
                        let error = $root.tessera.admin.v1.Reattestation.verify(message.reattestation, _depth + 1);
                        if (error)
                            return "reattestation." + error;
                    }
                    return null;
                };

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.Member
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.Member} Member
                 */
                Member.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.Member)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.Member: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.Member();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.keyId != null)
                        if (typeof object.keyId !== "string" || object.keyId.length)
                            message.keyId = $String(object.keyId);
                    if (object.role != null)
                        if (typeof object.role !== "string" || object.role.length)
                            message.role = $String(object.role);
                    if (object.attestation != null) {
                        if (!$util.isObject(object.attestation))
                            throw $TypeError(".tessera.admin.v1.Member.attestation: object expected");
                        message.attestation = $root.tessera.admin.v1.Attestation.fromObject(object.attestation, _depth + 1);
                    }
                    if (object.matchIndex != null)
                        if (typeof object.matchIndex === "object" ? object.matchIndex.low || object.matchIndex.high : $Number(object.matchIndex) !== 0)
                            if ($util.Long)
                                message.matchIndex = $util.Long.fromValue(object.matchIndex, true);
                            else if (typeof object.matchIndex === "string")
                                message.matchIndex = $parseInt(object.matchIndex, 10);
                            else if (typeof object.matchIndex === "number")
                                message.matchIndex = object.matchIndex;
                            else if (typeof object.matchIndex === "object")
                                message.matchIndex = new $util.LongBits(object.matchIndex.low >>> 0, object.matchIndex.high >>> 0).toNumber(true);
                    if (object.clientAddress != null)
                        if (typeof object.clientAddress !== "string" || object.clientAddress.length)
                            message.clientAddress = $String(object.clientAddress);
                    if (object.reattestation != null) {
                        if (!$util.isObject(object.reattestation))
                            throw $TypeError(".tessera.admin.v1.Member.reattestation: object expected");
                        message.reattestation = $root.tessera.admin.v1.Reattestation.fromObject(object.reattestation, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.Member
                 * @static
                 * @param {tessera.admin.v1.Member} message Member
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Member.toObject = function (message, options, _depth) {
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
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.address = "";
                        object.keyId = "";
                        object.role = "";
                        object.attestation = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.matchIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.matchIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.clientAddress = "";
                        object.reattestation = null;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                        object.keyId = message.keyId;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    if (message.attestation != null && $Object.hasOwnProperty.call(message, "attestation"))
                        object.attestation = $root.tessera.admin.v1.Attestation.toObject(message.attestation, options, _depth + 1);
                    if (message.matchIndex != null && $Object.hasOwnProperty.call(message, "matchIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.matchIndex = typeof message.matchIndex === "number" ? $BigInt(message.matchIndex) : $util.Long.fromBits(message.matchIndex.low >>> 0, message.matchIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.matchIndex === "number")
                            object.matchIndex = options.longs === $String ? $String(message.matchIndex) : message.matchIndex;
                        else
                            object.matchIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.matchIndex) : options.longs === $Number ? new $util.LongBits(message.matchIndex.low >>> 0, message.matchIndex.high >>> 0).toNumber(true) : message.matchIndex;
                    if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress"))
                        object.clientAddress = message.clientAddress;
                    if (message.reattestation != null && $Object.hasOwnProperty.call(message, "reattestation"))
                        object.reattestation = $root.tessera.admin.v1.Reattestation.toObject(message.reattestation, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this Member to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.Member
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Member.prototype.toJSON = function() {
                    return Member.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Member
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.Member
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Member.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.Member";
                };

                return Member;
            })();

            v1.StatusRequest = (function() {

                /**
                 * Properties of a StatusRequest.
                 * @typedef {Object} tessera.admin.v1.StatusRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatusRequest.
                 * @memberof tessera.admin.v1
                 * @interface IStatusRequest
                 * @augments tessera.admin.v1.StatusRequest.$Properties
                 * @deprecated Use tessera.admin.v1.StatusRequest.$Properties instead.
                 */

                /**
                 * Shape of a StatusRequest.
                 * @typedef {tessera.admin.v1.StatusRequest.$Properties} tessera.admin.v1.StatusRequest.$Shape
                 */

                /**
                 * Constructs a new StatusRequest.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a StatusRequest.
                 * @constructor
                 * @param {tessera.admin.v1.StatusRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StatusRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new StatusRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.StatusRequest
                 * @static
                 * @param {tessera.admin.v1.StatusRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.StatusRequest} StatusRequest instance
                 * @type {{
                 *   (properties: tessera.admin.v1.StatusRequest.$Shape): tessera.admin.v1.StatusRequest & tessera.admin.v1.StatusRequest.$Shape;
                 *   (properties?: tessera.admin.v1.StatusRequest.$Properties): tessera.admin.v1.StatusRequest;
                 * }}
                 */
                StatusRequest.create = function(properties) {
                    return new StatusRequest(properties);
                };

                /**
                 * Encodes the specified StatusRequest message. Does not implicitly {@link tessera.admin.v1.StatusRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.StatusRequest
                 * @static
                 * @param {tessera.admin.v1.StatusRequest.$Properties} message StatusRequest message or plain object to encode
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
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.StatusRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.StatusRequest
                 * @static
                 * @param {tessera.admin.v1.StatusRequest.$Properties} message StatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.StatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.StatusRequest & tessera.admin.v1.StatusRequest.$Shape} StatusRequest
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
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tessera.admin.v1.StatusRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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
                 * @memberof tessera.admin.v1.StatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.StatusRequest & tessera.admin.v1.StatusRequest.$Shape} StatusRequest
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
                 * @memberof tessera.admin.v1.StatusRequest
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
                    return null;
                };

                /**
                 * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.StatusRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.StatusRequest} StatusRequest
                 */
                StatusRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.StatusRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.StatusRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.tessera.admin.v1.StatusRequest();
                };

                /**
                 * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.StatusRequest
                 * @static
                 * @param {tessera.admin.v1.StatusRequest} message StatusRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StatusRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this StatusRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.StatusRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatusRequest.prototype.toJSON = function() {
                    return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatusRequest
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.StatusRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatusRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.StatusRequest";
                };

                return StatusRequest;
            })();

            v1.StatusResponse = (function() {

                /**
                 * Properties of a StatusResponse.
                 * @typedef {Object} tessera.admin.v1.StatusResponse.$Properties
                 * @property {number|null} [id] StatusResponse id
                 * @property {string|null} [role] StatusResponse role
                 * @property {number|null} [term] StatusResponse term
                 * @property {number|null} [leader] StatusResponse leader
                 * @property {string|null} [leaderAddress] StatusResponse leaderAddress
                 * @property {number|null} [committedIndex] StatusResponse committedIndex
                 * @property {number|null} [appliedIndex] StatusResponse appliedIndex
                 * @property {number|null} [snapshotIndex] StatusResponse snapshotIndex
                 * @property {boolean|null} [removed] StatusResponse removed
                 * @property {Array.<tessera.admin.v1.Member.$Properties>|null} [members] StatusResponse members
                 * @property {string|null} [leaderClientAddress] StatusResponse leaderClientAddress
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatusResponse.
                 * @memberof tessera.admin.v1
                 * @interface IStatusResponse
                 * @augments tessera.admin.v1.StatusResponse.$Properties
                 * @deprecated Use tessera.admin.v1.StatusResponse.$Properties instead.
                 */

                /**
                 * Shape of a StatusResponse.
                 * @typedef {tessera.admin.v1.StatusResponse.$Properties} tessera.admin.v1.StatusResponse.$Shape
                 */

                /**
                 * Constructs a new StatusResponse.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a StatusResponse.
                 * @constructor
                 * @param {tessera.admin.v1.StatusResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StatusResponse = function (properties) {
                    this.members = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatusResponse id.
                 * @member {number} id
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatusResponse role.
                 * @member {string} role
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.role = "";

                /**
                 * StatusResponse term.
                 * @member {number} term
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatusResponse leader.
                 * @member {number} leader
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.leader = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatusResponse leaderAddress.
                 * @member {string} leaderAddress
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.leaderAddress = "";

                /**
                 * StatusResponse committedIndex.
                 * @member {number} committedIndex
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.committedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatusResponse appliedIndex.
                 * @member {number} appliedIndex
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatusResponse snapshotIndex.
                 * @member {number} snapshotIndex
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.snapshotIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StatusResponse removed.
                 * @member {boolean} removed
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.removed = false;

                /**
                 * StatusResponse members.
                 * @member {Array.<tessera.admin.v1.Member.$Properties>} members
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.members = $util.emptyArray;

                /**
                 * StatusResponse leaderClientAddress.
                 * @member {string} leaderClientAddress
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 */
                StatusResponse.prototype.leaderClientAddress = "";

                /**
                 * Creates a new StatusResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.StatusResponse
                 * @static
                 * @param {tessera.admin.v1.StatusResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.StatusResponse} StatusResponse instance
                 * @type {{
                 *   (properties: tessera.admin.v1.StatusResponse.$Shape): tessera.admin.v1.StatusResponse & tessera.admin.v1.StatusResponse.$Shape;
                 *   (properties?: tessera.admin.v1.StatusResponse.$Properties): tessera.admin.v1.StatusResponse;
                 * }}
                 */
                StatusResponse.create = function(properties) {
                    return new StatusResponse(properties);
                };

                /**
                 * Encodes the specified StatusResponse message. Does not implicitly {@link tessera.admin.v1.StatusResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.StatusResponse
                 * @static
                 * @param {tessera.admin.v1.StatusResponse.$Properties} message StatusResponse message or plain object to encode
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
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.term);
                    if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && (typeof message.leader === "object" ? message.leader.low || message.leader.high : message.leader !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.leader);
                    if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress") && message.leaderAddress !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.leaderAddress);
                    if (message.committedIndex != null && $Object.hasOwnProperty.call(message, "committedIndex") && (typeof message.committedIndex === "object" ? message.committedIndex.low || message.committedIndex.high : message.committedIndex !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.committedIndex);
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.appliedIndex);
                    if (message.snapshotIndex != null && $Object.hasOwnProperty.call(message, "snapshotIndex") && (typeof message.snapshotIndex === "object" ? message.snapshotIndex.low || message.snapshotIndex.high : message.snapshotIndex !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.snapshotIndex);
                    if (message.removed != null && $Object.hasOwnProperty.call(message, "removed") && message.removed !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.removed);
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.tessera.admin.v1.Member.encode(message.members[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.leaderClientAddress != null && $Object.hasOwnProperty.call(message, "leaderClientAddress") && message.leaderClientAddress !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.leaderClientAddress);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StatusResponse message, length delimited. Does not implicitly {@link tessera.admin.v1.StatusResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.StatusResponse
                 * @static
                 * @param {tessera.admin.v1.StatusResponse.$Properties} message StatusResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatusResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StatusResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.StatusResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.StatusResponse & tessera.admin.v1.StatusResponse.$Shape} StatusResponse
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
                    message = _target || new $root.tessera.admin.v1.StatusResponse();
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
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.leader = value;
                                else
                                    delete message.leader;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.leaderAddress = value;
                                else
                                    delete message.leaderAddress;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.committedIndex = value;
                                else
                                    delete message.committedIndex;
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
                                    message.snapshotIndex = value;
                                else
                                    delete message.snapshotIndex;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.removed = value;
                                else
                                    delete message.removed;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.tessera.admin.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.leaderClientAddress = value;
                                else
                                    delete message.leaderClientAddress;
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
                 * @memberof tessera.admin.v1.StatusResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.StatusResponse & tessera.admin.v1.StatusResponse.$Shape} StatusResponse
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
                 * @memberof tessera.admin.v1.StatusResponse
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
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        if (!$util.isString(message.role))
                            return "role: string expected";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.leader != null && $Object.hasOwnProperty.call(message, "leader"))
                        if (!$util.isInteger(message.leader) && !(message.leader && $util.isInteger(message.leader.low) && $util.isInteger(message.leader.high)))
                            return "leader: integer|Long expected";
                    if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress"))
                        if (!$util.isString(message.leaderAddress))
                            return "leaderAddress: string expected";
                    if (message.committedIndex != null && $Object.hasOwnProperty.call(message, "committedIndex"))
                        if (!$util.isInteger(message.committedIndex) && !(message.committedIndex && $util.isInteger(message.committedIndex.low) && $util.isInteger(message.committedIndex.high)))
                            return "committedIndex: integer|Long expected";
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (!$util.isInteger(message.appliedIndex) && !(message.appliedIndex && $util.isInteger(message.appliedIndex.low) && $util.isInteger(message.appliedIndex.high)))
                            return "appliedIndex: integer|Long expected";
                    if (message.snapshotIndex != null && $Object.hasOwnProperty.call(message, "snapshotIndex"))
                        if (!$util.isInteger(message.snapshotIndex) && !(message.snapshotIndex && $util.isInteger(message.snapshotIndex.low) && $util.isInteger(message.snapshotIndex.high)))
                            return "snapshotIndex: integer|Long expected";
                    if (message.removed != null && $Object.hasOwnProperty.call(message, "removed"))
                        if (typeof message.removed !== "boolean")
                            return "removed: boolean expected";
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                        if (!$Array.isArray(message.members))
                            return "members: array expected";
                        for (let i = 0; i < message.members.length; ++i) {
                            let error = $root.tessera.admin.v1.Member.verify(message.members[i], _depth + 1);
                            if (error)
                                return "members." + error;
                        }
                    }
                    if (message.leaderClientAddress != null && $Object.hasOwnProperty.call(message, "leaderClientAddress"))
                        if (!$util.isString(message.leaderClientAddress))
                            return "leaderClientAddress: string expected";
                    return null;
                };

                /**
                 * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.StatusResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.StatusResponse} StatusResponse
                 */
                StatusResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.StatusResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.StatusResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.StatusResponse();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.role != null)
                        if (typeof object.role !== "string" || object.role.length)
                            message.role = $String(object.role);
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    if (object.leader != null)
                        if (typeof object.leader === "object" ? object.leader.low || object.leader.high : $Number(object.leader) !== 0)
                            if ($util.Long)
                                message.leader = $util.Long.fromValue(object.leader, true);
                            else if (typeof object.leader === "string")
                                message.leader = $parseInt(object.leader, 10);
                            else if (typeof object.leader === "number")
                                message.leader = object.leader;
                            else if (typeof object.leader === "object")
                                message.leader = new $util.LongBits(object.leader.low >>> 0, object.leader.high >>> 0).toNumber(true);
                    if (object.leaderAddress != null)
                        if (typeof object.leaderAddress !== "string" || object.leaderAddress.length)
                            message.leaderAddress = $String(object.leaderAddress);
                    if (object.committedIndex != null)
                        if (typeof object.committedIndex === "object" ? object.committedIndex.low || object.committedIndex.high : $Number(object.committedIndex) !== 0)
                            if ($util.Long)
                                message.committedIndex = $util.Long.fromValue(object.committedIndex, true);
                            else if (typeof object.committedIndex === "string")
                                message.committedIndex = $parseInt(object.committedIndex, 10);
                            else if (typeof object.committedIndex === "number")
                                message.committedIndex = object.committedIndex;
                            else if (typeof object.committedIndex === "object")
                                message.committedIndex = new $util.LongBits(object.committedIndex.low >>> 0, object.committedIndex.high >>> 0).toNumber(true);
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
                    if (object.snapshotIndex != null)
                        if (typeof object.snapshotIndex === "object" ? object.snapshotIndex.low || object.snapshotIndex.high : $Number(object.snapshotIndex) !== 0)
                            if ($util.Long)
                                message.snapshotIndex = $util.Long.fromValue(object.snapshotIndex, true);
                            else if (typeof object.snapshotIndex === "string")
                                message.snapshotIndex = $parseInt(object.snapshotIndex, 10);
                            else if (typeof object.snapshotIndex === "number")
                                message.snapshotIndex = object.snapshotIndex;
                            else if (typeof object.snapshotIndex === "object")
                                message.snapshotIndex = new $util.LongBits(object.snapshotIndex.low >>> 0, object.snapshotIndex.high >>> 0).toNumber(true);
                    if (object.removed != null)
                        if (object.removed)
                            message.removed = $Boolean(object.removed);
                    if (object.members) {
                        if (!$Array.isArray(object.members))
                            throw $TypeError(".tessera.admin.v1.StatusResponse.members: array expected");
                        message.members = $Array(object.members.length);
                        for (let i = 0; i < object.members.length; ++i) {
                            if (!$util.isObject(object.members[i]))
                                throw $TypeError(".tessera.admin.v1.StatusResponse.members: object expected");
                            message.members[i] = $root.tessera.admin.v1.Member.fromObject(object.members[i], _depth + 1);
                        }
                    }
                    if (object.leaderClientAddress != null)
                        if (typeof object.leaderClientAddress !== "string" || object.leaderClientAddress.length)
                            message.leaderClientAddress = $String(object.leaderClientAddress);
                    return message;
                };

                /**
                 * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.StatusResponse
                 * @static
                 * @param {tessera.admin.v1.StatusResponse} message StatusResponse
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
                    if (options.arrays || options.defaults)
                        object.members = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.role = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.leader = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.leader = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.leaderAddress = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.committedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.committedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.appliedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.appliedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.snapshotIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.snapshotIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.removed = false;
                        object.leaderClientAddress = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.leader != null && $Object.hasOwnProperty.call(message, "leader"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.leader = typeof message.leader === "number" ? $BigInt(message.leader) : $util.Long.fromBits(message.leader.low >>> 0, message.leader.high >>> 0, true).toBigInt();
                        else if (typeof message.leader === "number")
                            object.leader = options.longs === $String ? $String(message.leader) : message.leader;
                        else
                            object.leader = options.longs === $String ? $util.Long.prototype.toString.call(message.leader) : options.longs === $Number ? new $util.LongBits(message.leader.low >>> 0, message.leader.high >>> 0).toNumber(true) : message.leader;
                    if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress"))
                        object.leaderAddress = message.leaderAddress;
                    if (message.committedIndex != null && $Object.hasOwnProperty.call(message, "committedIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.committedIndex = typeof message.committedIndex === "number" ? $BigInt(message.committedIndex) : $util.Long.fromBits(message.committedIndex.low >>> 0, message.committedIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.committedIndex === "number")
                            object.committedIndex = options.longs === $String ? $String(message.committedIndex) : message.committedIndex;
                        else
                            object.committedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.committedIndex) : options.longs === $Number ? new $util.LongBits(message.committedIndex.low >>> 0, message.committedIndex.high >>> 0).toNumber(true) : message.committedIndex;
                    if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.appliedIndex = typeof message.appliedIndex === "number" ? $BigInt(message.appliedIndex) : $util.Long.fromBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.appliedIndex === "number")
                            object.appliedIndex = options.longs === $String ? $String(message.appliedIndex) : message.appliedIndex;
                        else
                            object.appliedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedIndex) : options.longs === $Number ? new $util.LongBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0).toNumber(true) : message.appliedIndex;
                    if (message.snapshotIndex != null && $Object.hasOwnProperty.call(message, "snapshotIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.snapshotIndex = typeof message.snapshotIndex === "number" ? $BigInt(message.snapshotIndex) : $util.Long.fromBits(message.snapshotIndex.low >>> 0, message.snapshotIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.snapshotIndex === "number")
                            object.snapshotIndex = options.longs === $String ? $String(message.snapshotIndex) : message.snapshotIndex;
                        else
                            object.snapshotIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.snapshotIndex) : options.longs === $Number ? new $util.LongBits(message.snapshotIndex.low >>> 0, message.snapshotIndex.high >>> 0).toNumber(true) : message.snapshotIndex;
                    if (message.removed != null && $Object.hasOwnProperty.call(message, "removed"))
                        object.removed = message.removed;
                    if (message.members && message.members.length) {
                        object.members = $Array(message.members.length);
                        for (let j = 0; j < message.members.length; ++j)
                            object.members[j] = $root.tessera.admin.v1.Member.toObject(message.members[j], options, _depth + 1);
                    }
                    if (message.leaderClientAddress != null && $Object.hasOwnProperty.call(message, "leaderClientAddress"))
                        object.leaderClientAddress = message.leaderClientAddress;
                    return object;
                };

                /**
                 * Converts this StatusResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.StatusResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StatusResponse.prototype.toJSON = function() {
                    return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StatusResponse
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.StatusResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatusResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.StatusResponse";
                };

                return StatusResponse;
            })();

            v1.AddMemberRequest = (function() {

                /**
                 * Properties of an AddMemberRequest.
                 * @typedef {Object} tessera.admin.v1.AddMemberRequest.$Properties
                 * @property {number|null} [id] AddMemberRequest id
                 * @property {string|null} [address] AddMemberRequest address
                 * @property {string|null} [keyId] AddMemberRequest keyId
                 * @property {Uint8Array|null} [nonce] AddMemberRequest nonce
                 * @property {Uint8Array|null} [quote] AddMemberRequest quote
                 * @property {Array.<Uint8Array>|null} [tickets] AddMemberRequest tickets
                 * @property {string|null} [clientAddress] AddMemberRequest clientAddress
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AddMemberRequest.
                 * @memberof tessera.admin.v1
                 * @interface IAddMemberRequest
                 * @augments tessera.admin.v1.AddMemberRequest.$Properties
                 * @deprecated Use tessera.admin.v1.AddMemberRequest.$Properties instead.
                 */

                /**
                 * Shape of an AddMemberRequest.
                 * @typedef {tessera.admin.v1.AddMemberRequest.$Properties} tessera.admin.v1.AddMemberRequest.$Shape
                 */

                /**
                 * Constructs a new AddMemberRequest.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents an AddMemberRequest.
                 * @constructor
                 * @param {tessera.admin.v1.AddMemberRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AddMemberRequest = function (properties) {
                    this.tickets = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AddMemberRequest id.
                 * @member {number} id
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AddMemberRequest address.
                 * @member {string} address
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.address = "";

                /**
                 * AddMemberRequest keyId.
                 * @member {string} keyId
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.keyId = "";

                /**
                 * AddMemberRequest nonce.
                 * @member {Uint8Array} nonce
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.nonce = $util.newBuffer([]);

                /**
                 * AddMemberRequest quote.
                 * @member {Uint8Array} quote
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.quote = $util.newBuffer([]);

                /**
                 * AddMemberRequest tickets.
                 * @member {Array.<Uint8Array>} tickets
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.tickets = $util.emptyArray;

                /**
                 * AddMemberRequest clientAddress.
                 * @member {string} clientAddress
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @instance
                 */
                AddMemberRequest.prototype.clientAddress = "";

                /**
                 * Creates a new AddMemberRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @static
                 * @param {tessera.admin.v1.AddMemberRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.AddMemberRequest} AddMemberRequest instance
                 * @type {{
                 *   (properties: tessera.admin.v1.AddMemberRequest.$Shape): tessera.admin.v1.AddMemberRequest & tessera.admin.v1.AddMemberRequest.$Shape;
                 *   (properties?: tessera.admin.v1.AddMemberRequest.$Properties): tessera.admin.v1.AddMemberRequest;
                 * }}
                 */
                AddMemberRequest.create = function(properties) {
                    return new AddMemberRequest(properties);
                };

                /**
                 * Encodes the specified AddMemberRequest message. Does not implicitly {@link tessera.admin.v1.AddMemberRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @static
                 * @param {tessera.admin.v1.AddMemberRequest.$Properties} message AddMemberRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddMemberRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.keyId);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.nonce);
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote") && message.quote.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.quote);
                    if (message.tickets != null && message.tickets.length)
                        for (let i = 0; i < message.tickets.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.tickets[i]);
                    if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.clientAddress);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AddMemberRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.AddMemberRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @static
                 * @param {tessera.admin.v1.AddMemberRequest.$Properties} message AddMemberRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddMemberRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.AddMemberRequest & tessera.admin.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddMemberRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.AddMemberRequest();
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
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.keyId = value;
                                else
                                    delete message.keyId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.quote = value;
                                else
                                    delete message.quote;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tickets && message.tickets.length))
                                    message.tickets = [];
                                message.tickets.push(reader.bytes());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientAddress = value;
                                else
                                    delete message.clientAddress;
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
                 * Decodes an AddMemberRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.AddMemberRequest & tessera.admin.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddMemberRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AddMemberRequest message.
                 * @function verify
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AddMemberRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        if (!$util.isString(message.address))
                            return "address: string expected";
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                        if (!$util.isString(message.keyId))
                            return "keyId: string expected";
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                            return "nonce: buffer expected";
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote"))
                        if (!(message.quote && typeof message.quote.length === "number" || $util.isString(message.quote)))
                            return "quote: buffer expected";
                    if (message.tickets != null && $Object.hasOwnProperty.call(message, "tickets")) {
                        if (!$Array.isArray(message.tickets))
                            return "tickets: array expected";
                        for (let i = 0; i < message.tickets.length; ++i)
                            if (!(message.tickets[i] && typeof message.tickets[i].length === "number" || $util.isString(message.tickets[i])))
                                return "tickets: buffer[] expected";
                    }
                    if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress"))
                        if (!$util.isString(message.clientAddress))
                            return "clientAddress: string expected";
                    return null;
                };

                /**
                 * Creates an AddMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.AddMemberRequest} AddMemberRequest
                 */
                AddMemberRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.AddMemberRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.AddMemberRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.AddMemberRequest();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.keyId != null)
                        if (typeof object.keyId !== "string" || object.keyId.length)
                            message.keyId = $String(object.keyId);
                    if (object.nonce != null)
                        if (object.nonce.length)
                            if (typeof object.nonce === "string")
                                $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                            else if (object.nonce.length >= 0)
                                message.nonce = object.nonce;
                    if (object.quote != null)
                        if (object.quote.length)
                            if (typeof object.quote === "string")
                                $util.base64.decode(object.quote, message.quote = $util.newBuffer($util.base64.length(object.quote)), 0);
                            else if (object.quote.length >= 0)
                                message.quote = object.quote;
                    if (object.tickets) {
                        if (!$Array.isArray(object.tickets))
                            throw $TypeError(".tessera.admin.v1.AddMemberRequest.tickets: array expected");
                        message.tickets = $Array(object.tickets.length);
                        for (let i = 0; i < object.tickets.length; ++i)
                            if (typeof object.tickets[i] === "string")
                                $util.base64.decode(object.tickets[i], message.tickets[i] = $util.newBuffer($util.base64.length(object.tickets[i])), 0);
                            else if (object.tickets[i].length >= 0)
                                message.tickets[i] = object.tickets[i];
                    }
                    if (object.clientAddress != null)
                        if (typeof object.clientAddress !== "string" || object.clientAddress.length)
                            message.clientAddress = $String(object.clientAddress);
                    return message;
                };

                /**
                 * Creates a plain object from an AddMemberRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @static
                 * @param {tessera.admin.v1.AddMemberRequest} message AddMemberRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AddMemberRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.tickets = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.address = "";
                        object.keyId = "";
                        if (options.bytes === $String)
                            object.nonce = "";
                        else {
                            object.nonce = [];
                            if (options.bytes !== $Array)
                                object.nonce = $util.newBuffer(object.nonce);
                        }
                        if (options.bytes === $String)
                            object.quote = "";
                        else {
                            object.quote = [];
                            if (options.bytes !== $Array)
                                object.quote = $util.newBuffer(object.quote);
                        }
                        object.clientAddress = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                        object.keyId = message.keyId;
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote"))
                        object.quote = options.bytes === $String ? $util.base64.encode(message.quote, 0, message.quote.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.quote) : message.quote;
                    if (message.tickets && message.tickets.length) {
                        object.tickets = $Array(message.tickets.length);
                        for (let j = 0; j < message.tickets.length; ++j)
                            object.tickets[j] = options.bytes === $String ? $util.base64.encode(message.tickets[j], 0, message.tickets[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tickets[j]) : message.tickets[j];
                    }
                    if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress"))
                        object.clientAddress = message.clientAddress;
                    return object;
                };

                /**
                 * Converts this AddMemberRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AddMemberRequest.prototype.toJSON = function() {
                    return AddMemberRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AddMemberRequest
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.AddMemberRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AddMemberRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.AddMemberRequest";
                };

                return AddMemberRequest;
            })();

            v1.PromoteRequest = (function() {

                /**
                 * Properties of a PromoteRequest.
                 * @typedef {Object} tessera.admin.v1.PromoteRequest.$Properties
                 * @property {number|null} [id] PromoteRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PromoteRequest.
                 * @memberof tessera.admin.v1
                 * @interface IPromoteRequest
                 * @augments tessera.admin.v1.PromoteRequest.$Properties
                 * @deprecated Use tessera.admin.v1.PromoteRequest.$Properties instead.
                 */

                /**
                 * Shape of a PromoteRequest.
                 * @typedef {tessera.admin.v1.PromoteRequest.$Properties} tessera.admin.v1.PromoteRequest.$Shape
                 */

                /**
                 * Constructs a new PromoteRequest.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a PromoteRequest.
                 * @constructor
                 * @param {tessera.admin.v1.PromoteRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PromoteRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PromoteRequest id.
                 * @member {number} id
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @instance
                 */
                PromoteRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PromoteRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @static
                 * @param {tessera.admin.v1.PromoteRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.PromoteRequest} PromoteRequest instance
                 * @type {{
                 *   (properties: tessera.admin.v1.PromoteRequest.$Shape): tessera.admin.v1.PromoteRequest & tessera.admin.v1.PromoteRequest.$Shape;
                 *   (properties?: tessera.admin.v1.PromoteRequest.$Properties): tessera.admin.v1.PromoteRequest;
                 * }}
                 */
                PromoteRequest.create = function(properties) {
                    return new PromoteRequest(properties);
                };

                /**
                 * Encodes the specified PromoteRequest message. Does not implicitly {@link tessera.admin.v1.PromoteRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @static
                 * @param {tessera.admin.v1.PromoteRequest.$Properties} message PromoteRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PromoteRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PromoteRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.PromoteRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @static
                 * @param {tessera.admin.v1.PromoteRequest.$Properties} message PromoteRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PromoteRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PromoteRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.PromoteRequest & tessera.admin.v1.PromoteRequest.$Shape} PromoteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PromoteRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.PromoteRequest();
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
                                    message.id = value;
                                else
                                    delete message.id;
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
                 * Decodes a PromoteRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.PromoteRequest & tessera.admin.v1.PromoteRequest.$Shape} PromoteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PromoteRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PromoteRequest message.
                 * @function verify
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PromoteRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a PromoteRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.PromoteRequest} PromoteRequest
                 */
                PromoteRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.PromoteRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.PromoteRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.PromoteRequest();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a PromoteRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @static
                 * @param {tessera.admin.v1.PromoteRequest} message PromoteRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PromoteRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                /**
                 * Converts this PromoteRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PromoteRequest.prototype.toJSON = function() {
                    return PromoteRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PromoteRequest
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.PromoteRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PromoteRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.PromoteRequest";
                };

                return PromoteRequest;
            })();

            v1.DrainRequest = (function() {

                /**
                 * Properties of a DrainRequest.
                 * @typedef {Object} tessera.admin.v1.DrainRequest.$Properties
                 * @property {number|null} [id] DrainRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DrainRequest.
                 * @memberof tessera.admin.v1
                 * @interface IDrainRequest
                 * @augments tessera.admin.v1.DrainRequest.$Properties
                 * @deprecated Use tessera.admin.v1.DrainRequest.$Properties instead.
                 */

                /**
                 * Shape of a DrainRequest.
                 * @typedef {tessera.admin.v1.DrainRequest.$Properties} tessera.admin.v1.DrainRequest.$Shape
                 */

                /**
                 * Constructs a new DrainRequest.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a DrainRequest.
                 * @constructor
                 * @param {tessera.admin.v1.DrainRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DrainRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DrainRequest id.
                 * @member {number} id
                 * @memberof tessera.admin.v1.DrainRequest
                 * @instance
                 */
                DrainRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new DrainRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.DrainRequest
                 * @static
                 * @param {tessera.admin.v1.DrainRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.DrainRequest} DrainRequest instance
                 * @type {{
                 *   (properties: tessera.admin.v1.DrainRequest.$Shape): tessera.admin.v1.DrainRequest & tessera.admin.v1.DrainRequest.$Shape;
                 *   (properties?: tessera.admin.v1.DrainRequest.$Properties): tessera.admin.v1.DrainRequest;
                 * }}
                 */
                DrainRequest.create = function(properties) {
                    return new DrainRequest(properties);
                };

                /**
                 * Encodes the specified DrainRequest message. Does not implicitly {@link tessera.admin.v1.DrainRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.DrainRequest
                 * @static
                 * @param {tessera.admin.v1.DrainRequest.$Properties} message DrainRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DrainRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified DrainRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.DrainRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.DrainRequest
                 * @static
                 * @param {tessera.admin.v1.DrainRequest.$Properties} message DrainRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DrainRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DrainRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.DrainRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.DrainRequest & tessera.admin.v1.DrainRequest.$Shape} DrainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DrainRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.DrainRequest();
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
                                    message.id = value;
                                else
                                    delete message.id;
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
                 * Decodes a DrainRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.DrainRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.DrainRequest & tessera.admin.v1.DrainRequest.$Shape} DrainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DrainRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DrainRequest message.
                 * @function verify
                 * @memberof tessera.admin.v1.DrainRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DrainRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a DrainRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.DrainRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.DrainRequest} DrainRequest
                 */
                DrainRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.DrainRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.DrainRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.DrainRequest();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a DrainRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.DrainRequest
                 * @static
                 * @param {tessera.admin.v1.DrainRequest} message DrainRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DrainRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                /**
                 * Converts this DrainRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.DrainRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DrainRequest.prototype.toJSON = function() {
                    return DrainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DrainRequest
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.DrainRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DrainRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.DrainRequest";
                };

                return DrainRequest;
            })();

            v1.RemoveRequest = (function() {

                /**
                 * Properties of a RemoveRequest.
                 * @typedef {Object} tessera.admin.v1.RemoveRequest.$Properties
                 * @property {number|null} [id] RemoveRequest id
                 * @property {string|null} [expectQuoteDigest] RemoveRequest expectQuoteDigest
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RemoveRequest.
                 * @memberof tessera.admin.v1
                 * @interface IRemoveRequest
                 * @augments tessera.admin.v1.RemoveRequest.$Properties
                 * @deprecated Use tessera.admin.v1.RemoveRequest.$Properties instead.
                 */

                /**
                 * Shape of a RemoveRequest.
                 * @typedef {tessera.admin.v1.RemoveRequest.$Properties} tessera.admin.v1.RemoveRequest.$Shape
                 */

                /**
                 * Constructs a new RemoveRequest.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a RemoveRequest.
                 * @constructor
                 * @param {tessera.admin.v1.RemoveRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RemoveRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RemoveRequest id.
                 * @member {number} id
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @instance
                 */
                RemoveRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RemoveRequest expectQuoteDigest.
                 * @member {string} expectQuoteDigest
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @instance
                 */
                RemoveRequest.prototype.expectQuoteDigest = "";

                /**
                 * Creates a new RemoveRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @static
                 * @param {tessera.admin.v1.RemoveRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.RemoveRequest} RemoveRequest instance
                 * @type {{
                 *   (properties: tessera.admin.v1.RemoveRequest.$Shape): tessera.admin.v1.RemoveRequest & tessera.admin.v1.RemoveRequest.$Shape;
                 *   (properties?: tessera.admin.v1.RemoveRequest.$Properties): tessera.admin.v1.RemoveRequest;
                 * }}
                 */
                RemoveRequest.create = function(properties) {
                    return new RemoveRequest(properties);
                };

                /**
                 * Encodes the specified RemoveRequest message. Does not implicitly {@link tessera.admin.v1.RemoveRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @static
                 * @param {tessera.admin.v1.RemoveRequest.$Properties} message RemoveRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.expectQuoteDigest != null && $Object.hasOwnProperty.call(message, "expectQuoteDigest") && message.expectQuoteDigest !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.expectQuoteDigest);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RemoveRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.RemoveRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @static
                 * @param {tessera.admin.v1.RemoveRequest.$Properties} message RemoveRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoveRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RemoveRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.RemoveRequest & tessera.admin.v1.RemoveRequest.$Shape} RemoveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.RemoveRequest();
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
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.expectQuoteDigest = value;
                                else
                                    delete message.expectQuoteDigest;
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
                 * Decodes a RemoveRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.RemoveRequest & tessera.admin.v1.RemoveRequest.$Shape} RemoveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoveRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RemoveRequest message.
                 * @function verify
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RemoveRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                            return "id: integer|Long expected";
                    if (message.expectQuoteDigest != null && $Object.hasOwnProperty.call(message, "expectQuoteDigest"))
                        if (!$util.isString(message.expectQuoteDigest))
                            return "expectQuoteDigest: string expected";
                    return null;
                };

                /**
                 * Creates a RemoveRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.RemoveRequest} RemoveRequest
                 */
                RemoveRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.RemoveRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.RemoveRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.RemoveRequest();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.expectQuoteDigest != null)
                        if (typeof object.expectQuoteDigest !== "string" || object.expectQuoteDigest.length)
                            message.expectQuoteDigest = $String(object.expectQuoteDigest);
                    return message;
                };

                /**
                 * Creates a plain object from a RemoveRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @static
                 * @param {tessera.admin.v1.RemoveRequest} message RemoveRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RemoveRequest.toObject = function (message, options, _depth) {
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
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.expectQuoteDigest = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.expectQuoteDigest != null && $Object.hasOwnProperty.call(message, "expectQuoteDigest"))
                        object.expectQuoteDigest = message.expectQuoteDigest;
                    return object;
                };

                /**
                 * Converts this RemoveRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RemoveRequest.prototype.toJSON = function() {
                    return RemoveRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RemoveRequest
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.RemoveRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RemoveRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.RemoveRequest";
                };

                return RemoveRequest;
            })();

            v1.MembershipResponse = (function() {

                /**
                 * Properties of a MembershipResponse.
                 * @typedef {Object} tessera.admin.v1.MembershipResponse.$Properties
                 * @property {tessera.admin.v1.StatusResponse.$Properties|null} [status] MembershipResponse status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MembershipResponse.
                 * @memberof tessera.admin.v1
                 * @interface IMembershipResponse
                 * @augments tessera.admin.v1.MembershipResponse.$Properties
                 * @deprecated Use tessera.admin.v1.MembershipResponse.$Properties instead.
                 */

                /**
                 * Shape of a MembershipResponse.
                 * @typedef {tessera.admin.v1.MembershipResponse.$Properties} tessera.admin.v1.MembershipResponse.$Shape
                 */

                /**
                 * Constructs a new MembershipResponse.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a MembershipResponse.
                 * @constructor
                 * @param {tessera.admin.v1.MembershipResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MembershipResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MembershipResponse status.
                 * @member {tessera.admin.v1.StatusResponse.$Properties|null|undefined} status
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @instance
                 */
                MembershipResponse.prototype.status = null;

                /**
                 * Creates a new MembershipResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @static
                 * @param {tessera.admin.v1.MembershipResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.MembershipResponse} MembershipResponse instance
                 * @type {{
                 *   (properties: tessera.admin.v1.MembershipResponse.$Shape): tessera.admin.v1.MembershipResponse & tessera.admin.v1.MembershipResponse.$Shape;
                 *   (properties?: tessera.admin.v1.MembershipResponse.$Properties): tessera.admin.v1.MembershipResponse;
                 * }}
                 */
                MembershipResponse.create = function(properties) {
                    return new MembershipResponse(properties);
                };

                /**
                 * Encodes the specified MembershipResponse message. Does not implicitly {@link tessera.admin.v1.MembershipResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @static
                 * @param {tessera.admin.v1.MembershipResponse.$Properties} message MembershipResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MembershipResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.tessera.admin.v1.StatusResponse.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified MembershipResponse message, length delimited. Does not implicitly {@link tessera.admin.v1.MembershipResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @static
                 * @param {tessera.admin.v1.MembershipResponse.$Properties} message MembershipResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MembershipResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MembershipResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.MembershipResponse & tessera.admin.v1.MembershipResponse.$Shape} MembershipResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MembershipResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.MembershipResponse();
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
                                message.status = $root.tessera.admin.v1.StatusResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
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
                 * Decodes a MembershipResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.MembershipResponse & tessera.admin.v1.MembershipResponse.$Shape} MembershipResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MembershipResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a MembershipResponse message.
                 * @function verify
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MembershipResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                        let error = $root.tessera.admin.v1.StatusResponse.verify(message.status, _depth + 1);
                        if (error)
                            return "status." + error;
                    }
                    return null;
                };

                /**
                 * Creates a MembershipResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.MembershipResponse} MembershipResponse
                 */
                MembershipResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.MembershipResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.MembershipResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.MembershipResponse();
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw $TypeError(".tessera.admin.v1.MembershipResponse.status: object expected");
                        message.status = $root.tessera.admin.v1.StatusResponse.fromObject(object.status, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MembershipResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @static
                 * @param {tessera.admin.v1.MembershipResponse} message MembershipResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MembershipResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.status = null;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = $root.tessera.admin.v1.StatusResponse.toObject(message.status, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this MembershipResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MembershipResponse.prototype.toJSON = function() {
                    return MembershipResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MembershipResponse
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.MembershipResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MembershipResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.MembershipResponse";
                };

                return MembershipResponse;
            })();

            v1.Replacement = (function() {

                /**
                 * Properties of a Replacement.
                 * @typedef {Object} tessera.admin.v1.Replacement.$Properties
                 * @property {string|null} [fingerprint] Replacement fingerprint
                 * @property {Array.<string>|null} [endpoints] Replacement endpoints
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Replacement.
                 * @memberof tessera.admin.v1
                 * @interface IReplacement
                 * @augments tessera.admin.v1.Replacement.$Properties
                 * @deprecated Use tessera.admin.v1.Replacement.$Properties instead.
                 */

                /**
                 * Shape of a Replacement.
                 * @typedef {tessera.admin.v1.Replacement.$Properties} tessera.admin.v1.Replacement.$Shape
                 */

                /**
                 * Constructs a new Replacement.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a Replacement.
                 * @constructor
                 * @param {tessera.admin.v1.Replacement.$Properties=} [properties] Properties to set
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
                 * @member {string} fingerprint
                 * @memberof tessera.admin.v1.Replacement
                 * @instance
                 */
                Replacement.prototype.fingerprint = "";

                /**
                 * Replacement endpoints.
                 * @member {Array.<string>} endpoints
                 * @memberof tessera.admin.v1.Replacement
                 * @instance
                 */
                Replacement.prototype.endpoints = $util.emptyArray;

                /**
                 * Creates a new Replacement instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.Replacement
                 * @static
                 * @param {tessera.admin.v1.Replacement.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.Replacement} Replacement instance
                 * @type {{
                 *   (properties: tessera.admin.v1.Replacement.$Shape): tessera.admin.v1.Replacement & tessera.admin.v1.Replacement.$Shape;
                 *   (properties?: tessera.admin.v1.Replacement.$Properties): tessera.admin.v1.Replacement;
                 * }}
                 */
                Replacement.create = function(properties) {
                    return new Replacement(properties);
                };

                /**
                 * Encodes the specified Replacement message. Does not implicitly {@link tessera.admin.v1.Replacement.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.Replacement
                 * @static
                 * @param {tessera.admin.v1.Replacement.$Properties} message Replacement message or plain object to encode
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
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint") && message.fingerprint !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.fingerprint);
                    if (message.endpoints != null && message.endpoints.length)
                        for (let i = 0; i < message.endpoints.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.endpoints[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Replacement message, length delimited. Does not implicitly {@link tessera.admin.v1.Replacement.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.Replacement
                 * @static
                 * @param {tessera.admin.v1.Replacement.$Properties} message Replacement message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Replacement.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Replacement message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.Replacement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.Replacement & tessera.admin.v1.Replacement.$Shape} Replacement
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
                    message = _target || new $root.tessera.admin.v1.Replacement();
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
                 * @memberof tessera.admin.v1.Replacement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.Replacement & tessera.admin.v1.Replacement.$Shape} Replacement
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
                 * @memberof tessera.admin.v1.Replacement
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
                        if (!$util.isString(message.fingerprint))
                            return "fingerprint: string expected";
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
                 * @memberof tessera.admin.v1.Replacement
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.Replacement} Replacement
                 */
                Replacement.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.Replacement)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.Replacement: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.Replacement();
                    if (object.fingerprint != null)
                        if (typeof object.fingerprint !== "string" || object.fingerprint.length)
                            message.fingerprint = $String(object.fingerprint);
                    if (object.endpoints) {
                        if (!$Array.isArray(object.endpoints))
                            throw $TypeError(".tessera.admin.v1.Replacement.endpoints: array expected");
                        message.endpoints = $Array(object.endpoints.length);
                        for (let i = 0; i < object.endpoints.length; ++i)
                            message.endpoints[i] = $String(object.endpoints[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Replacement message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.Replacement
                 * @static
                 * @param {tessera.admin.v1.Replacement} message Replacement
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
                        object.fingerprint = "";
                    if (message.fingerprint != null && $Object.hasOwnProperty.call(message, "fingerprint"))
                        object.fingerprint = message.fingerprint;
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
                 * @memberof tessera.admin.v1.Replacement
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Replacement.prototype.toJSON = function() {
                    return Replacement.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Replacement
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.Replacement
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Replacement.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.Replacement";
                };

                return Replacement;
            })();

            v1.RetireRequest = (function() {

                /**
                 * Properties of a RetireRequest.
                 * @typedef {Object} tessera.admin.v1.RetireRequest.$Properties
                 * @property {number|null} [effectiveAtMs] RetireRequest effectiveAtMs
                 * @property {tessera.admin.v1.Replacement.$Properties|null} [replacement] RetireRequest replacement
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RetireRequest.
                 * @memberof tessera.admin.v1
                 * @interface IRetireRequest
                 * @augments tessera.admin.v1.RetireRequest.$Properties
                 * @deprecated Use tessera.admin.v1.RetireRequest.$Properties instead.
                 */

                /**
                 * Shape of a RetireRequest.
                 * @typedef {tessera.admin.v1.RetireRequest.$Properties} tessera.admin.v1.RetireRequest.$Shape
                 */

                /**
                 * Constructs a new RetireRequest.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a RetireRequest.
                 * @constructor
                 * @param {tessera.admin.v1.RetireRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RetireRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RetireRequest effectiveAtMs.
                 * @member {number} effectiveAtMs
                 * @memberof tessera.admin.v1.RetireRequest
                 * @instance
                 */
                RetireRequest.prototype.effectiveAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RetireRequest replacement.
                 * @member {tessera.admin.v1.Replacement.$Properties|null|undefined} replacement
                 * @memberof tessera.admin.v1.RetireRequest
                 * @instance
                 */
                RetireRequest.prototype.replacement = null;

                /**
                 * Creates a new RetireRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.RetireRequest
                 * @static
                 * @param {tessera.admin.v1.RetireRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.RetireRequest} RetireRequest instance
                 * @type {{
                 *   (properties: tessera.admin.v1.RetireRequest.$Shape): tessera.admin.v1.RetireRequest & tessera.admin.v1.RetireRequest.$Shape;
                 *   (properties?: tessera.admin.v1.RetireRequest.$Properties): tessera.admin.v1.RetireRequest;
                 * }}
                 */
                RetireRequest.create = function(properties) {
                    return new RetireRequest(properties);
                };

                /**
                 * Encodes the specified RetireRequest message. Does not implicitly {@link tessera.admin.v1.RetireRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.RetireRequest
                 * @static
                 * @param {tessera.admin.v1.RetireRequest.$Properties} message RetireRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetireRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.effectiveAtMs != null && $Object.hasOwnProperty.call(message, "effectiveAtMs") && (typeof message.effectiveAtMs === "object" ? message.effectiveAtMs.low || message.effectiveAtMs.high : message.effectiveAtMs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.effectiveAtMs);
                    if (message.replacement != null && $Object.hasOwnProperty.call(message, "replacement"))
                        $root.tessera.admin.v1.Replacement.encode(message.replacement, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RetireRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.RetireRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.RetireRequest
                 * @static
                 * @param {tessera.admin.v1.RetireRequest.$Properties} message RetireRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetireRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RetireRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.RetireRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.RetireRequest & tessera.admin.v1.RetireRequest.$Shape} RetireRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetireRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.RetireRequest();
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
                                message.replacement = $root.tessera.admin.v1.Replacement.decode(reader, reader.size(), $undefined, _depth + 1, message.replacement);
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
                 * Decodes a RetireRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.RetireRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.RetireRequest & tessera.admin.v1.RetireRequest.$Shape} RetireRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetireRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RetireRequest message.
                 * @function verify
                 * @memberof tessera.admin.v1.RetireRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RetireRequest.verify = function (message, _depth) {
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
                        let error = $root.tessera.admin.v1.Replacement.verify(message.replacement, _depth + 1);
                        if (error)
                            return "replacement." + error;
                    }
                    return null;
                };

                /**
                 * Creates a RetireRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.RetireRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.RetireRequest} RetireRequest
                 */
                RetireRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.RetireRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.RetireRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.RetireRequest();
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
                            throw $TypeError(".tessera.admin.v1.RetireRequest.replacement: object expected");
                        message.replacement = $root.tessera.admin.v1.Replacement.fromObject(object.replacement, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RetireRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.RetireRequest
                 * @static
                 * @param {tessera.admin.v1.RetireRequest} message RetireRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RetireRequest.toObject = function (message, options, _depth) {
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
                    }
                    if (message.effectiveAtMs != null && $Object.hasOwnProperty.call(message, "effectiveAtMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.effectiveAtMs = typeof message.effectiveAtMs === "number" ? $BigInt(message.effectiveAtMs) : $util.Long.fromBits(message.effectiveAtMs.low >>> 0, message.effectiveAtMs.high >>> 0, true).toBigInt();
                        else if (typeof message.effectiveAtMs === "number")
                            object.effectiveAtMs = options.longs === $String ? $String(message.effectiveAtMs) : message.effectiveAtMs;
                        else
                            object.effectiveAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.effectiveAtMs) : options.longs === $Number ? new $util.LongBits(message.effectiveAtMs.low >>> 0, message.effectiveAtMs.high >>> 0).toNumber(true) : message.effectiveAtMs;
                    if (message.replacement != null && $Object.hasOwnProperty.call(message, "replacement"))
                        object.replacement = $root.tessera.admin.v1.Replacement.toObject(message.replacement, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this RetireRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.RetireRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RetireRequest.prototype.toJSON = function() {
                    return RetireRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RetireRequest
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.RetireRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RetireRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.RetireRequest";
                };

                return RetireRequest;
            })();

            v1.RetireResponse = (function() {

                /**
                 * Properties of a RetireResponse.
                 * @typedef {Object} tessera.admin.v1.RetireResponse.$Properties
                 * @property {number|null} [effectiveAtMs] RetireResponse effectiveAtMs
                 * @property {tessera.admin.v1.Replacement.$Properties|null} [replacement] RetireResponse replacement
                 * @property {boolean|null} [inEffect] RetireResponse inEffect
                 * @property {number|null} [lastSequence] RetireResponse lastSequence
                 * @property {tessera.admin.v1.StatusResponse.$Properties|null} [status] RetireResponse status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RetireResponse.
                 * @memberof tessera.admin.v1
                 * @interface IRetireResponse
                 * @augments tessera.admin.v1.RetireResponse.$Properties
                 * @deprecated Use tessera.admin.v1.RetireResponse.$Properties instead.
                 */

                /**
                 * Shape of a RetireResponse.
                 * @typedef {tessera.admin.v1.RetireResponse.$Properties} tessera.admin.v1.RetireResponse.$Shape
                 */

                /**
                 * Constructs a new RetireResponse.
                 * @memberof tessera.admin.v1
                 * @classdesc Represents a RetireResponse.
                 * @constructor
                 * @param {tessera.admin.v1.RetireResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RetireResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RetireResponse effectiveAtMs.
                 * @member {number} effectiveAtMs
                 * @memberof tessera.admin.v1.RetireResponse
                 * @instance
                 */
                RetireResponse.prototype.effectiveAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RetireResponse replacement.
                 * @member {tessera.admin.v1.Replacement.$Properties|null|undefined} replacement
                 * @memberof tessera.admin.v1.RetireResponse
                 * @instance
                 */
                RetireResponse.prototype.replacement = null;

                /**
                 * RetireResponse inEffect.
                 * @member {boolean} inEffect
                 * @memberof tessera.admin.v1.RetireResponse
                 * @instance
                 */
                RetireResponse.prototype.inEffect = false;

                /**
                 * RetireResponse lastSequence.
                 * @member {number} lastSequence
                 * @memberof tessera.admin.v1.RetireResponse
                 * @instance
                 */
                RetireResponse.prototype.lastSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RetireResponse status.
                 * @member {tessera.admin.v1.StatusResponse.$Properties|null|undefined} status
                 * @memberof tessera.admin.v1.RetireResponse
                 * @instance
                 */
                RetireResponse.prototype.status = null;

                /**
                 * Creates a new RetireResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.admin.v1.RetireResponse
                 * @static
                 * @param {tessera.admin.v1.RetireResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.admin.v1.RetireResponse} RetireResponse instance
                 * @type {{
                 *   (properties: tessera.admin.v1.RetireResponse.$Shape): tessera.admin.v1.RetireResponse & tessera.admin.v1.RetireResponse.$Shape;
                 *   (properties?: tessera.admin.v1.RetireResponse.$Properties): tessera.admin.v1.RetireResponse;
                 * }}
                 */
                RetireResponse.create = function(properties) {
                    return new RetireResponse(properties);
                };

                /**
                 * Encodes the specified RetireResponse message. Does not implicitly {@link tessera.admin.v1.RetireResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.admin.v1.RetireResponse
                 * @static
                 * @param {tessera.admin.v1.RetireResponse.$Properties} message RetireResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetireResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.effectiveAtMs != null && $Object.hasOwnProperty.call(message, "effectiveAtMs") && (typeof message.effectiveAtMs === "object" ? message.effectiveAtMs.low || message.effectiveAtMs.high : message.effectiveAtMs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.effectiveAtMs);
                    if (message.replacement != null && $Object.hasOwnProperty.call(message, "replacement"))
                        $root.tessera.admin.v1.Replacement.encode(message.replacement, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.inEffect != null && $Object.hasOwnProperty.call(message, "inEffect") && message.inEffect !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.inEffect);
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence") && (typeof message.lastSequence === "object" ? message.lastSequence.low || message.lastSequence.high : message.lastSequence !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastSequence);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.tessera.admin.v1.StatusResponse.encode(message.status, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RetireResponse message, length delimited. Does not implicitly {@link tessera.admin.v1.RetireResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.admin.v1.RetireResponse
                 * @static
                 * @param {tessera.admin.v1.RetireResponse.$Properties} message RetireResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RetireResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RetireResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.admin.v1.RetireResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.RetireResponse & tessera.admin.v1.RetireResponse.$Shape} RetireResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetireResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.admin.v1.RetireResponse();
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
                                message.replacement = $root.tessera.admin.v1.Replacement.decode(reader, reader.size(), $undefined, _depth + 1, message.replacement);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.inEffect = value;
                                else
                                    delete message.inEffect;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSequence = value;
                                else
                                    delete message.lastSequence;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.tessera.admin.v1.StatusResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
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
                 * Decodes a RetireResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.admin.v1.RetireResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.RetireResponse & tessera.admin.v1.RetireResponse.$Shape} RetireResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RetireResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RetireResponse message.
                 * @function verify
                 * @memberof tessera.admin.v1.RetireResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RetireResponse.verify = function (message, _depth) {
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
                        let error = $root.tessera.admin.v1.Replacement.verify(message.replacement, _depth + 1);
                        if (error)
                            return "replacement." + error;
                    }
                    if (message.inEffect != null && $Object.hasOwnProperty.call(message, "inEffect"))
                        if (typeof message.inEffect !== "boolean")
                            return "inEffect: boolean expected";
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence"))
                        if (!$util.isInteger(message.lastSequence) && !(message.lastSequence && $util.isInteger(message.lastSequence.low) && $util.isInteger(message.lastSequence.high)))
                            return "lastSequence: integer|Long expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                        let error = $root.tessera.admin.v1.StatusResponse.verify(message.status, _depth + 1);
                        if (error)
                            return "status." + error;
                    }
                    return null;
                };

                /**
                 * Creates a RetireResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.admin.v1.RetireResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.admin.v1.RetireResponse} RetireResponse
                 */
                RetireResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.admin.v1.RetireResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.admin.v1.RetireResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.admin.v1.RetireResponse();
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
                            throw $TypeError(".tessera.admin.v1.RetireResponse.replacement: object expected");
                        message.replacement = $root.tessera.admin.v1.Replacement.fromObject(object.replacement, _depth + 1);
                    }
                    if (object.inEffect != null)
                        if (object.inEffect)
                            message.inEffect = $Boolean(object.inEffect);
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
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw $TypeError(".tessera.admin.v1.RetireResponse.status: object expected");
                        message.status = $root.tessera.admin.v1.StatusResponse.fromObject(object.status, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RetireResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.admin.v1.RetireResponse
                 * @static
                 * @param {tessera.admin.v1.RetireResponse} message RetireResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RetireResponse.toObject = function (message, options, _depth) {
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
                        object.inEffect = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.status = null;
                    }
                    if (message.effectiveAtMs != null && $Object.hasOwnProperty.call(message, "effectiveAtMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.effectiveAtMs = typeof message.effectiveAtMs === "number" ? $BigInt(message.effectiveAtMs) : $util.Long.fromBits(message.effectiveAtMs.low >>> 0, message.effectiveAtMs.high >>> 0, true).toBigInt();
                        else if (typeof message.effectiveAtMs === "number")
                            object.effectiveAtMs = options.longs === $String ? $String(message.effectiveAtMs) : message.effectiveAtMs;
                        else
                            object.effectiveAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.effectiveAtMs) : options.longs === $Number ? new $util.LongBits(message.effectiveAtMs.low >>> 0, message.effectiveAtMs.high >>> 0).toNumber(true) : message.effectiveAtMs;
                    if (message.replacement != null && $Object.hasOwnProperty.call(message, "replacement"))
                        object.replacement = $root.tessera.admin.v1.Replacement.toObject(message.replacement, options, _depth + 1);
                    if (message.inEffect != null && $Object.hasOwnProperty.call(message, "inEffect"))
                        object.inEffect = message.inEffect;
                    if (message.lastSequence != null && $Object.hasOwnProperty.call(message, "lastSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lastSequence = typeof message.lastSequence === "number" ? $BigInt(message.lastSequence) : $util.Long.fromBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSequence === "number")
                            object.lastSequence = options.longs === $String ? $String(message.lastSequence) : message.lastSequence;
                        else
                            object.lastSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSequence) : options.longs === $Number ? new $util.LongBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0).toNumber(true) : message.lastSequence;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = $root.tessera.admin.v1.StatusResponse.toObject(message.status, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this RetireResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.admin.v1.RetireResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RetireResponse.prototype.toJSON = function() {
                    return RetireResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RetireResponse
                 * @function getTypeUrl
                 * @memberof tessera.admin.v1.RetireResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RetireResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.admin.v1.RetireResponse";
                };

                return RetireResponse;
            })();

            return v1;
        })();

        return admin;
    })();

    return tessera;
})();

export {
  $root as default
};
