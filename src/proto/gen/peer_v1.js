/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["peer_v1"] || ($protobuf.roots["peer_v1"] = {});

export const tessera = $root.tessera = (() => {

    /**
     * Namespace tessera.
     * @exports tessera
     * @namespace
     */
    const tessera = {};

    tessera.peer = (function() {

        /**
         * Namespace peer.
         * @memberof tessera
         * @namespace
         */
        const peer = {};

        peer.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tessera.peer
             * @namespace
             */
            const v1 = {};

            /**
             * MessageType enum.
             * @name tessera.peer.v1.MessageType
             * @enum {number}
             * @property {number} MESSAGE_TYPE_UNSPECIFIED=0 MESSAGE_TYPE_UNSPECIFIED value
             * @property {number} MESSAGE_TYPE_APP=1 MESSAGE_TYPE_APP value
             * @property {number} MESSAGE_TYPE_APP_RESP=2 MESSAGE_TYPE_APP_RESP value
             * @property {number} MESSAGE_TYPE_VOTE=3 MESSAGE_TYPE_VOTE value
             * @property {number} MESSAGE_TYPE_VOTE_RESP=4 MESSAGE_TYPE_VOTE_RESP value
             * @property {number} MESSAGE_TYPE_PRE_VOTE=5 MESSAGE_TYPE_PRE_VOTE value
             * @property {number} MESSAGE_TYPE_PRE_VOTE_RESP=6 MESSAGE_TYPE_PRE_VOTE_RESP value
             * @property {number} MESSAGE_TYPE_SNAP=7 MESSAGE_TYPE_SNAP value
             * @property {number} MESSAGE_TYPE_SNAP_RESP=8 MESSAGE_TYPE_SNAP_RESP value
             * @property {number} MESSAGE_TYPE_HEARTBEAT=9 MESSAGE_TYPE_HEARTBEAT value
             * @property {number} MESSAGE_TYPE_HEARTBEAT_RESP=10 MESSAGE_TYPE_HEARTBEAT_RESP value
             * @property {number} MESSAGE_TYPE_PROP=11 MESSAGE_TYPE_PROP value
             * @property {number} MESSAGE_TYPE_TIMEOUT_NOW=12 MESSAGE_TYPE_TIMEOUT_NOW value
             * @property {number} MESSAGE_TYPE_READ_INDEX=13 MESSAGE_TYPE_READ_INDEX value
             * @property {number} MESSAGE_TYPE_READ_INDEX_RESP=14 MESSAGE_TYPE_READ_INDEX_RESP value
             */
            v1.MessageType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MESSAGE_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MESSAGE_TYPE_APP"] = 1;
                values[valuesById[2] = "MESSAGE_TYPE_APP_RESP"] = 2;
                values[valuesById[3] = "MESSAGE_TYPE_VOTE"] = 3;
                values[valuesById[4] = "MESSAGE_TYPE_VOTE_RESP"] = 4;
                values[valuesById[5] = "MESSAGE_TYPE_PRE_VOTE"] = 5;
                values[valuesById[6] = "MESSAGE_TYPE_PRE_VOTE_RESP"] = 6;
                values[valuesById[7] = "MESSAGE_TYPE_SNAP"] = 7;
                values[valuesById[8] = "MESSAGE_TYPE_SNAP_RESP"] = 8;
                values[valuesById[9] = "MESSAGE_TYPE_HEARTBEAT"] = 9;
                values[valuesById[10] = "MESSAGE_TYPE_HEARTBEAT_RESP"] = 10;
                values[valuesById[11] = "MESSAGE_TYPE_PROP"] = 11;
                values[valuesById[12] = "MESSAGE_TYPE_TIMEOUT_NOW"] = 12;
                values[valuesById[13] = "MESSAGE_TYPE_READ_INDEX"] = 13;
                values[valuesById[14] = "MESSAGE_TYPE_READ_INDEX_RESP"] = 14;
                return values;
            })();

            /**
             * EntryType enum.
             * @name tessera.peer.v1.EntryType
             * @enum {number}
             * @property {number} ENTRY_TYPE_NORMAL=0 ENTRY_TYPE_NORMAL value
             * @property {number} ENTRY_TYPE_CONF_CHANGE=1 ENTRY_TYPE_CONF_CHANGE value
             */
            v1.EntryType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ENTRY_TYPE_NORMAL"] = 0;
                values[valuesById[1] = "ENTRY_TYPE_CONF_CHANGE"] = 1;
                return values;
            })();

            v1.Entry = (function() {

                /**
                 * Properties of an Entry.
                 * @typedef {Object} tessera.peer.v1.Entry.$Properties
                 * @property {number|null} [term] Entry term
                 * @property {number|null} [index] Entry index
                 * @property {tessera.peer.v1.EntryType|null} [type] Entry type
                 * @property {Uint8Array|null} [data] Entry data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Entry.
                 * @memberof tessera.peer.v1
                 * @interface IEntry
                 * @augments tessera.peer.v1.Entry.$Properties
                 * @deprecated Use tessera.peer.v1.Entry.$Properties instead.
                 */

                /**
                 * Shape of an Entry.
                 * @typedef {tessera.peer.v1.Entry.$Properties} tessera.peer.v1.Entry.$Shape
                 */

                /**
                 * Constructs a new Entry.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents an Entry.
                 * @constructor
                 * @param {tessera.peer.v1.Entry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Entry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Entry term.
                 * @member {number} term
                 * @memberof tessera.peer.v1.Entry
                 * @instance
                 */
                Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entry index.
                 * @member {number} index
                 * @memberof tessera.peer.v1.Entry
                 * @instance
                 */
                Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entry type.
                 * @member {tessera.peer.v1.EntryType} type
                 * @memberof tessera.peer.v1.Entry
                 * @instance
                 */
                Entry.prototype.type = 0;

                /**
                 * Entry data.
                 * @member {Uint8Array} data
                 * @memberof tessera.peer.v1.Entry
                 * @instance
                 */
                Entry.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.Entry
                 * @static
                 * @param {tessera.peer.v1.Entry.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.Entry} Entry instance
                 * @type {{
                 *   (properties: tessera.peer.v1.Entry.$Shape): tessera.peer.v1.Entry & tessera.peer.v1.Entry.$Shape;
                 *   (properties?: tessera.peer.v1.Entry.$Properties): tessera.peer.v1.Entry;
                 * }}
                 */
                Entry.create = function(properties) {
                    return new Entry(properties);
                };

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link tessera.peer.v1.Entry.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.Entry
                 * @static
                 * @param {tessera.peer.v1.Entry.$Properties} message Entry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Entry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Entry message, length delimited. Does not implicitly {@link tessera.peer.v1.Entry.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.Entry
                 * @static
                 * @param {tessera.peer.v1.Entry.$Properties} message Entry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Entry.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.Entry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.Entry & tessera.peer.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Entry.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.Entry();
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
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
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
                 * Decodes an Entry message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.Entry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.Entry & tessera.peer.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Entry.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Entry message.
                 * @function verify
                 * @memberof tessera.peer.v1.Entry
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Entry.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.Entry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.Entry} Entry
                 */
                Entry.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.Entry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.Entry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.Entry();
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
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.tessera.peer.v1.EntryType[object.type] !== 0))
                        switch (object.type) {
                        case "ENTRY_TYPE_NORMAL":
                        case 0:
                            message.type = 0;
                            break;
                        case "ENTRY_TYPE_CONF_CHANGE":
                        case 1:
                            message.type = 1;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.Entry
                 * @static
                 * @param {tessera.peer.v1.Entry} message Entry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Entry.toObject = function (message, options, _depth) {
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
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.type = options.enums === $String ? "ENTRY_TYPE_NORMAL" : 0;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.tessera.peer.v1.EntryType[message.type] === $undefined ? message.type : $root.tessera.peer.v1.EntryType[message.type] : message.type;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this Entry to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.Entry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Entry.prototype.toJSON = function() {
                    return Entry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Entry
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.Entry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Entry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.Entry";
                };

                return Entry;
            })();

            v1.ConfState = (function() {

                /**
                 * Properties of a ConfState.
                 * @typedef {Object} tessera.peer.v1.ConfState.$Properties
                 * @property {Array.<number>|null} [voters] ConfState voters
                 * @property {Array.<number>|null} [learners] ConfState learners
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfState.
                 * @memberof tessera.peer.v1
                 * @interface IConfState
                 * @augments tessera.peer.v1.ConfState.$Properties
                 * @deprecated Use tessera.peer.v1.ConfState.$Properties instead.
                 */

                /**
                 * Shape of a ConfState.
                 * @typedef {tessera.peer.v1.ConfState.$Properties} tessera.peer.v1.ConfState.$Shape
                 */

                /**
                 * Constructs a new ConfState.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a ConfState.
                 * @constructor
                 * @param {tessera.peer.v1.ConfState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfState = function (properties) {
                    this.voters = [];
                    this.learners = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConfState voters.
                 * @member {Array.<number>} voters
                 * @memberof tessera.peer.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.voters = $util.emptyArray;

                /**
                 * ConfState learners.
                 * @member {Array.<number>} learners
                 * @memberof tessera.peer.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.learners = $util.emptyArray;

                /**
                 * Creates a new ConfState instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.ConfState
                 * @static
                 * @param {tessera.peer.v1.ConfState.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.ConfState} ConfState instance
                 * @type {{
                 *   (properties: tessera.peer.v1.ConfState.$Shape): tessera.peer.v1.ConfState & tessera.peer.v1.ConfState.$Shape;
                 *   (properties?: tessera.peer.v1.ConfState.$Properties): tessera.peer.v1.ConfState;
                 * }}
                 */
                ConfState.create = function(properties) {
                    return new ConfState(properties);
                };

                /**
                 * Encodes the specified ConfState message. Does not implicitly {@link tessera.peer.v1.ConfState.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.ConfState
                 * @static
                 * @param {tessera.peer.v1.ConfState.$Properties} message ConfState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.voters != null && message.voters.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.voters);
                    if (message.learners != null && message.learners.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.learners);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ConfState message, length delimited. Does not implicitly {@link tessera.peer.v1.ConfState.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.ConfState
                 * @static
                 * @param {tessera.peer.v1.ConfState.$Properties} message ConfState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfState.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ConfState message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.ConfState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.ConfState & tessera.peer.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfState.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.ConfState();
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
                                if (wireType === 2) {
                                    if (!(message.voters && message.voters.length))
                                        message.voters = [];
                                    reader.uint64s(message.voters);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.voters && message.voters.length))
                                    message.voters = [];
                                message.voters.push(reader.uint64());
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.learners && message.learners.length))
                                        message.learners = [];
                                    reader.uint64s(message.learners);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.learners && message.learners.length))
                                    message.learners = [];
                                message.learners.push(reader.uint64());
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
                 * Decodes a ConfState message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.ConfState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.ConfState & tessera.peer.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfState.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ConfState message.
                 * @function verify
                 * @memberof tessera.peer.v1.ConfState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ConfState.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.voters != null && $Object.hasOwnProperty.call(message, "voters")) {
                        if (!$Array.isArray(message.voters))
                            return "voters: array expected";
                        for (let i = 0; i < message.voters.length; ++i)
                            if (!$util.isInteger(message.voters[i]) && !(message.voters[i] && $util.isInteger(message.voters[i].low) && $util.isInteger(message.voters[i].high)))
                                return "voters: integer|Long[] expected";
                    }
                    if (message.learners != null && $Object.hasOwnProperty.call(message, "learners")) {
                        if (!$Array.isArray(message.learners))
                            return "learners: array expected";
                        for (let i = 0; i < message.learners.length; ++i)
                            if (!$util.isInteger(message.learners[i]) && !(message.learners[i] && $util.isInteger(message.learners[i].low) && $util.isInteger(message.learners[i].high)))
                                return "learners: integer|Long[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.ConfState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.ConfState} ConfState
                 */
                ConfState.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.ConfState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.ConfState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.ConfState();
                    if (object.voters) {
                        if (!$Array.isArray(object.voters))
                            throw $TypeError(".tessera.peer.v1.ConfState.voters: array expected");
                        message.voters = $Array(object.voters.length);
                        for (let i = 0; i < object.voters.length; ++i)
                            if ($util.Long)
                                message.voters[i] = $util.Long.fromValue(object.voters[i], true);
                            else if (typeof object.voters[i] === "string")
                                message.voters[i] = $parseInt(object.voters[i], 10);
                            else if (typeof object.voters[i] === "number")
                                message.voters[i] = object.voters[i];
                            else if (typeof object.voters[i] === "object")
                                message.voters[i] = new $util.LongBits(object.voters[i].low >>> 0, object.voters[i].high >>> 0).toNumber(true);
                    }
                    if (object.learners) {
                        if (!$Array.isArray(object.learners))
                            throw $TypeError(".tessera.peer.v1.ConfState.learners: array expected");
                        message.learners = $Array(object.learners.length);
                        for (let i = 0; i < object.learners.length; ++i)
                            if ($util.Long)
                                message.learners[i] = $util.Long.fromValue(object.learners[i], true);
                            else if (typeof object.learners[i] === "string")
                                message.learners[i] = $parseInt(object.learners[i], 10);
                            else if (typeof object.learners[i] === "number")
                                message.learners[i] = object.learners[i];
                            else if (typeof object.learners[i] === "object")
                                message.learners[i] = new $util.LongBits(object.learners[i].low >>> 0, object.learners[i].high >>> 0).toNumber(true);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ConfState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.ConfState
                 * @static
                 * @param {tessera.peer.v1.ConfState} message ConfState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConfState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.voters = [];
                        object.learners = [];
                    }
                    if (message.voters && message.voters.length) {
                        object.voters = $Array(message.voters.length);
                        for (let j = 0; j < message.voters.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.voters[j] = typeof message.voters[j] === "number" ? $BigInt(message.voters[j]) : $util.Long.fromBits(message.voters[j].low >>> 0, message.voters[j].high >>> 0, true).toBigInt();
                            else if (typeof message.voters[j] === "number")
                                object.voters[j] = options.longs === $String ? $String(message.voters[j]) : message.voters[j];
                            else
                                object.voters[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.voters[j]) : options.longs === $Number ? new $util.LongBits(message.voters[j].low >>> 0, message.voters[j].high >>> 0).toNumber(true) : message.voters[j];
                    }
                    if (message.learners && message.learners.length) {
                        object.learners = $Array(message.learners.length);
                        for (let j = 0; j < message.learners.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.learners[j] = typeof message.learners[j] === "number" ? $BigInt(message.learners[j]) : $util.Long.fromBits(message.learners[j].low >>> 0, message.learners[j].high >>> 0, true).toBigInt();
                            else if (typeof message.learners[j] === "number")
                                object.learners[j] = options.longs === $String ? $String(message.learners[j]) : message.learners[j];
                            else
                                object.learners[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.learners[j]) : options.longs === $Number ? new $util.LongBits(message.learners[j].low >>> 0, message.learners[j].high >>> 0).toNumber(true) : message.learners[j];
                    }
                    return object;
                };

                /**
                 * Converts this ConfState to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.ConfState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConfState.prototype.toJSON = function() {
                    return ConfState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConfState
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.ConfState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConfState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.ConfState";
                };

                return ConfState;
            })();

            v1.SnapshotMetadata = (function() {

                /**
                 * Properties of a SnapshotMetadata.
                 * @typedef {Object} tessera.peer.v1.SnapshotMetadata.$Properties
                 * @property {number|null} [index] SnapshotMetadata index
                 * @property {number|null} [term] SnapshotMetadata term
                 * @property {tessera.peer.v1.ConfState.$Properties|null} [confState] SnapshotMetadata confState
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotMetadata.
                 * @memberof tessera.peer.v1
                 * @interface ISnapshotMetadata
                 * @augments tessera.peer.v1.SnapshotMetadata.$Properties
                 * @deprecated Use tessera.peer.v1.SnapshotMetadata.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotMetadata.
                 * @typedef {tessera.peer.v1.SnapshotMetadata.$Properties} tessera.peer.v1.SnapshotMetadata.$Shape
                 */

                /**
                 * Constructs a new SnapshotMetadata.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a SnapshotMetadata.
                 * @constructor
                 * @param {tessera.peer.v1.SnapshotMetadata.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotMetadata = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotMetadata index.
                 * @member {number} index
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @instance
                 */
                SnapshotMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotMetadata term.
                 * @member {number} term
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @instance
                 */
                SnapshotMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotMetadata confState.
                 * @member {tessera.peer.v1.ConfState.$Properties|null|undefined} confState
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @instance
                 */
                SnapshotMetadata.prototype.confState = null;

                /**
                 * Creates a new SnapshotMetadata instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @static
                 * @param {tessera.peer.v1.SnapshotMetadata.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.SnapshotMetadata} SnapshotMetadata instance
                 * @type {{
                 *   (properties: tessera.peer.v1.SnapshotMetadata.$Shape): tessera.peer.v1.SnapshotMetadata & tessera.peer.v1.SnapshotMetadata.$Shape;
                 *   (properties?: tessera.peer.v1.SnapshotMetadata.$Properties): tessera.peer.v1.SnapshotMetadata;
                 * }}
                 */
                SnapshotMetadata.create = function(properties) {
                    return new SnapshotMetadata(properties);
                };

                /**
                 * Encodes the specified SnapshotMetadata message. Does not implicitly {@link tessera.peer.v1.SnapshotMetadata.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @static
                 * @param {tessera.peer.v1.SnapshotMetadata.$Properties} message SnapshotMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotMetadata.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.term);
                    if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                        $root.tessera.peer.v1.ConfState.encode(message.confState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotMetadata message, length delimited. Does not implicitly {@link tessera.peer.v1.SnapshotMetadata.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @static
                 * @param {tessera.peer.v1.SnapshotMetadata.$Properties} message SnapshotMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotMetadata.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotMetadata message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.SnapshotMetadata & tessera.peer.v1.SnapshotMetadata.$Shape} SnapshotMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotMetadata.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.SnapshotMetadata();
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
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.confState = $root.tessera.peer.v1.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
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
                 * Decodes a SnapshotMetadata message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.SnapshotMetadata & tessera.peer.v1.SnapshotMetadata.$Shape} SnapshotMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotMetadata.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotMetadata message.
                 * @function verify
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotMetadata.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.confState != null && $Object.hasOwnProperty.call(message, "confState")) {
                        let error = $root.tessera.peer.v1.ConfState.verify(message.confState, _depth + 1);
                        if (error)
                            return "confState." + error;
                    }
                    return null;
                };

                /**
                 * Creates a SnapshotMetadata message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.SnapshotMetadata} SnapshotMetadata
                 */
                SnapshotMetadata.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.SnapshotMetadata)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.SnapshotMetadata: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.SnapshotMetadata();
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
                    if (object.confState != null) {
                        if (!$util.isObject(object.confState))
                            throw $TypeError(".tessera.peer.v1.SnapshotMetadata.confState: object expected");
                        message.confState = $root.tessera.peer.v1.ConfState.fromObject(object.confState, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotMetadata message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @static
                 * @param {tessera.peer.v1.SnapshotMetadata} message SnapshotMetadata
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotMetadata.toObject = function (message, options, _depth) {
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
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.confState = null;
                    }
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                        object.confState = $root.tessera.peer.v1.ConfState.toObject(message.confState, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this SnapshotMetadata to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotMetadata.prototype.toJSON = function() {
                    return SnapshotMetadata.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotMetadata
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.SnapshotMetadata
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotMetadata.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.SnapshotMetadata";
                };

                return SnapshotMetadata;
            })();

            v1.SnapshotChunk = (function() {

                /**
                 * Properties of a SnapshotChunk.
                 * @typedef {Object} tessera.peer.v1.SnapshotChunk.$Properties
                 * @property {tessera.peer.v1.SnapshotMetadata.$Properties|null} [metadata] SnapshotChunk metadata
                 * @property {number|null} [offset] SnapshotChunk offset
                 * @property {number|null} [totalBytes] SnapshotChunk totalBytes
                 * @property {Uint8Array|null} [data] SnapshotChunk data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotChunk.
                 * @memberof tessera.peer.v1
                 * @interface ISnapshotChunk
                 * @augments tessera.peer.v1.SnapshotChunk.$Properties
                 * @deprecated Use tessera.peer.v1.SnapshotChunk.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotChunk.
                 * @typedef {tessera.peer.v1.SnapshotChunk.$Properties} tessera.peer.v1.SnapshotChunk.$Shape
                 */

                /**
                 * Constructs a new SnapshotChunk.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a SnapshotChunk.
                 * @constructor
                 * @param {tessera.peer.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotChunk = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotChunk metadata.
                 * @member {tessera.peer.v1.SnapshotMetadata.$Properties|null|undefined} metadata
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.metadata = null;

                /**
                 * SnapshotChunk offset.
                 * @member {number} offset
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotChunk totalBytes.
                 * @member {number} totalBytes
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotChunk data.
                 * @member {Uint8Array} data
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @static
                 * @param {tessera.peer.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.SnapshotChunk} SnapshotChunk instance
                 * @type {{
                 *   (properties: tessera.peer.v1.SnapshotChunk.$Shape): tessera.peer.v1.SnapshotChunk & tessera.peer.v1.SnapshotChunk.$Shape;
                 *   (properties?: tessera.peer.v1.SnapshotChunk.$Properties): tessera.peer.v1.SnapshotChunk;
                 * }}
                 */
                SnapshotChunk.create = function(properties) {
                    return new SnapshotChunk(properties);
                };

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link tessera.peer.v1.SnapshotChunk.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @static
                 * @param {tessera.peer.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotChunk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        $root.tessera.peer.v1.SnapshotMetadata.encode(message.metadata, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                    if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalBytes);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotChunk message, length delimited. Does not implicitly {@link tessera.peer.v1.SnapshotChunk.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @static
                 * @param {tessera.peer.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotChunk.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.SnapshotChunk & tessera.peer.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.SnapshotChunk();
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
                                message.metadata = $root.tessera.peer.v1.SnapshotMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offset = value;
                                else
                                    delete message.offset;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalBytes = value;
                                else
                                    delete message.totalBytes;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
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
                 * Decodes a SnapshotChunk message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.SnapshotChunk & tessera.peer.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotChunk.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotChunk message.
                 * @function verify
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotChunk.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                        let error = $root.tessera.peer.v1.SnapshotMetadata.verify(message.metadata, _depth + 1);
                        if (error)
                            return "metadata." + error;
                    }
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                        if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                            return "offset: integer|Long expected";
                    if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                        if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                            return "totalBytes: integer|Long expected";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.SnapshotChunk} SnapshotChunk
                 */
                SnapshotChunk.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.SnapshotChunk)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.SnapshotChunk: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.SnapshotChunk();
                    if (object.metadata != null) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".tessera.peer.v1.SnapshotChunk.metadata: object expected");
                        message.metadata = $root.tessera.peer.v1.SnapshotMetadata.fromObject(object.metadata, _depth + 1);
                    }
                    if (object.offset != null)
                        if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                            if ($util.Long)
                                message.offset = $util.Long.fromValue(object.offset, true);
                            else if (typeof object.offset === "string")
                                message.offset = $parseInt(object.offset, 10);
                            else if (typeof object.offset === "number")
                                message.offset = object.offset;
                            else if (typeof object.offset === "object")
                                message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                    if (object.totalBytes != null)
                        if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                            if ($util.Long)
                                message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                            else if (typeof object.totalBytes === "string")
                                message.totalBytes = $parseInt(object.totalBytes, 10);
                            else if (typeof object.totalBytes === "number")
                                message.totalBytes = object.totalBytes;
                            else if (typeof object.totalBytes === "object")
                                message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @static
                 * @param {tessera.peer.v1.SnapshotChunk} message SnapshotChunk
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotChunk.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.metadata = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        object.metadata = $root.tessera.peer.v1.SnapshotMetadata.toObject(message.metadata, options, _depth + 1);
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                        else if (typeof message.offset === "number")
                            object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                        else
                            object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                    if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.totalBytes === "number")
                            object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                        else
                            object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this SnapshotChunk to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotChunk.prototype.toJSON = function() {
                    return SnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotChunk
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.SnapshotChunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotChunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.SnapshotChunk";
                };

                return SnapshotChunk;
            })();

            v1.Message = (function() {

                /**
                 * Properties of a Message.
                 * @typedef {Object} tessera.peer.v1.Message.$Properties
                 * @property {tessera.peer.v1.MessageType|null} [type] Message type
                 * @property {number|null} [from] Message from
                 * @property {number|null} [to] Message to
                 * @property {number|null} [term] Message term
                 * @property {number|null} [logTerm] Message logTerm
                 * @property {number|null} [index] Message index
                 * @property {Array.<tessera.peer.v1.Entry.$Properties>|null} [entries] Message entries
                 * @property {number|null} [commit] Message commit
                 * @property {boolean|null} [reject] Message reject
                 * @property {number|null} [rejectHint] Message rejectHint
                 * @property {Uint8Array|null} [context] Message context
                 * @property {boolean|null} [transfer] Message transfer
                 * @property {tessera.peer.v1.SnapshotChunk.$Properties|null} [snapshot] Message snapshot
                 * @property {number|null} [snapshotBytesReceived] Message snapshotBytesReceived
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Message.
                 * @memberof tessera.peer.v1
                 * @interface IMessage
                 * @augments tessera.peer.v1.Message.$Properties
                 * @deprecated Use tessera.peer.v1.Message.$Properties instead.
                 */

                /**
                 * Shape of a Message.
                 * @typedef {tessera.peer.v1.Message.$Properties} tessera.peer.v1.Message.$Shape
                 */

                /**
                 * Constructs a new Message.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a Message.
                 * @constructor
                 * @param {tessera.peer.v1.Message.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Message = function (properties) {
                    this.entries = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Message type.
                 * @member {tessera.peer.v1.MessageType} type
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.type = 0;

                /**
                 * Message from.
                 * @member {number} from
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message to.
                 * @member {number} to
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message term.
                 * @member {number} term
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message logTerm.
                 * @member {number} logTerm
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message index.
                 * @member {number} index
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message entries.
                 * @member {Array.<tessera.peer.v1.Entry.$Properties>} entries
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.entries = $util.emptyArray;

                /**
                 * Message commit.
                 * @member {number} commit
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message reject.
                 * @member {boolean} reject
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.reject = false;

                /**
                 * Message rejectHint.
                 * @member {number} rejectHint
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message context.
                 * @member {Uint8Array} context
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.context = $util.newBuffer([]);

                /**
                 * Message transfer.
                 * @member {boolean} transfer
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.transfer = false;

                /**
                 * Message snapshot.
                 * @member {tessera.peer.v1.SnapshotChunk.$Properties|null|undefined} snapshot
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.snapshot = null;

                /**
                 * Message snapshotBytesReceived.
                 * @member {number} snapshotBytesReceived
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 */
                Message.prototype.snapshotBytesReceived = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Message instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.Message
                 * @static
                 * @param {tessera.peer.v1.Message.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.Message} Message instance
                 * @type {{
                 *   (properties: tessera.peer.v1.Message.$Shape): tessera.peer.v1.Message & tessera.peer.v1.Message.$Shape;
                 *   (properties?: tessera.peer.v1.Message.$Properties): tessera.peer.v1.Message;
                 * }}
                 */
                Message.create = function(properties) {
                    return new Message(properties);
                };

                /**
                 * Encodes the specified Message message. Does not implicitly {@link tessera.peer.v1.Message.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.Message
                 * @static
                 * @param {tessera.peer.v1.Message.$Properties} message Message message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Message.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.from);
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.to);
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
                    if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm") && (typeof message.logTerm === "object" ? message.logTerm.low || message.logTerm.high : message.logTerm !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.logTerm);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.index);
                    if (message.entries != null && message.entries.length)
                        for (let i = 0; i < message.entries.length; ++i)
                            $root.tessera.peer.v1.Entry.encode(message.entries[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.commit);
                    if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.reject);
                    if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint") && (typeof message.rejectHint === "object" ? message.rejectHint.low || message.rejectHint.high : message.rejectHint !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.rejectHint);
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context.length)
                        writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.context);
                    if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer") && message.transfer !== false)
                        writer.uint32(/* id 12, wireType 0 =*/96).bool(message.transfer);
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        $root.tessera.peer.v1.SnapshotChunk.encode(message.snapshot, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.snapshotBytesReceived != null && $Object.hasOwnProperty.call(message, "snapshotBytesReceived") && (typeof message.snapshotBytesReceived === "object" ? message.snapshotBytesReceived.low || message.snapshotBytesReceived.high : message.snapshotBytesReceived !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.snapshotBytesReceived);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Message message, length delimited. Does not implicitly {@link tessera.peer.v1.Message.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.Message
                 * @static
                 * @param {tessera.peer.v1.Message.$Properties} message Message message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Message.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Message message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.Message
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.Message & tessera.peer.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Message.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.Message();
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
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.from = value;
                                else
                                    delete message.from;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.to = value;
                                else
                                    delete message.to;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.logTerm = value;
                                else
                                    delete message.logTerm;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.entries && message.entries.length))
                                    message.entries = [];
                                message.entries.push($root.tessera.peer.v1.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.commit = value;
                                else
                                    delete message.commit;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.reject = value;
                                else
                                    delete message.reject;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rejectHint = value;
                                else
                                    delete message.rejectHint;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.context = value;
                                else
                                    delete message.context;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.transfer = value;
                                else
                                    delete message.transfer;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.snapshot = $root.tessera.peer.v1.SnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.snapshotBytesReceived = value;
                                else
                                    delete message.snapshotBytesReceived;
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
                 * Decodes a Message message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.Message
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.Message & tessera.peer.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Message.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Message message.
                 * @function verify
                 * @memberof tessera.peer.v1.Message
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Message.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        if (!$util.isInteger(message.from) && !(message.from && $util.isInteger(message.from.low) && $util.isInteger(message.from.high)))
                            return "from: integer|Long expected";
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        if (!$util.isInteger(message.to) && !(message.to && $util.isInteger(message.to.low) && $util.isInteger(message.to.high)))
                            return "to: integer|Long expected";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm"))
                        if (!$util.isInteger(message.logTerm) && !(message.logTerm && $util.isInteger(message.logTerm.low) && $util.isInteger(message.logTerm.high)))
                            return "logTerm: integer|Long expected";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                        if (!$Array.isArray(message.entries))
                            return "entries: array expected";
                        for (let i = 0; i < message.entries.length; ++i) {
                            let error = $root.tessera.peer.v1.Entry.verify(message.entries[i], _depth + 1);
                            if (error)
                                return "entries." + error;
                        }
                    }
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (!$util.isInteger(message.commit) && !(message.commit && $util.isInteger(message.commit.low) && $util.isInteger(message.commit.high)))
                            return "commit: integer|Long expected";
                    if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                        if (typeof message.reject !== "boolean")
                            return "reject: boolean expected";
                    if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint"))
                        if (!$util.isInteger(message.rejectHint) && !(message.rejectHint && $util.isInteger(message.rejectHint.low) && $util.isInteger(message.rejectHint.high)))
                            return "rejectHint: integer|Long expected";
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        if (!(message.context && typeof message.context.length === "number" || $util.isString(message.context)))
                            return "context: buffer expected";
                    if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                        if (typeof message.transfer !== "boolean")
                            return "transfer: boolean expected";
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                        let error = $root.tessera.peer.v1.SnapshotChunk.verify(message.snapshot, _depth + 1);
                        if (error)
                            return "snapshot." + error;
                    }
                    if (message.snapshotBytesReceived != null && $Object.hasOwnProperty.call(message, "snapshotBytesReceived"))
                        if (!$util.isInteger(message.snapshotBytesReceived) && !(message.snapshotBytesReceived && $util.isInteger(message.snapshotBytesReceived.low) && $util.isInteger(message.snapshotBytesReceived.high)))
                            return "snapshotBytesReceived: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Message message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.Message
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.Message} Message
                 */
                Message.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.Message)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.Message: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.Message();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.tessera.peer.v1.MessageType[object.type] !== 0))
                        switch (object.type) {
                        case "MESSAGE_TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "MESSAGE_TYPE_APP":
                        case 1:
                            message.type = 1;
                            break;
                        case "MESSAGE_TYPE_APP_RESP":
                        case 2:
                            message.type = 2;
                            break;
                        case "MESSAGE_TYPE_VOTE":
                        case 3:
                            message.type = 3;
                            break;
                        case "MESSAGE_TYPE_VOTE_RESP":
                        case 4:
                            message.type = 4;
                            break;
                        case "MESSAGE_TYPE_PRE_VOTE":
                        case 5:
                            message.type = 5;
                            break;
                        case "MESSAGE_TYPE_PRE_VOTE_RESP":
                        case 6:
                            message.type = 6;
                            break;
                        case "MESSAGE_TYPE_SNAP":
                        case 7:
                            message.type = 7;
                            break;
                        case "MESSAGE_TYPE_SNAP_RESP":
                        case 8:
                            message.type = 8;
                            break;
                        case "MESSAGE_TYPE_HEARTBEAT":
                        case 9:
                            message.type = 9;
                            break;
                        case "MESSAGE_TYPE_HEARTBEAT_RESP":
                        case 10:
                            message.type = 10;
                            break;
                        case "MESSAGE_TYPE_PROP":
                        case 11:
                            message.type = 11;
                            break;
                        case "MESSAGE_TYPE_TIMEOUT_NOW":
                        case 12:
                            message.type = 12;
                            break;
                        case "MESSAGE_TYPE_READ_INDEX":
                        case 13:
                            message.type = 13;
                            break;
                        case "MESSAGE_TYPE_READ_INDEX_RESP":
                        case 14:
                            message.type = 14;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.from != null)
                        if (typeof object.from === "object" ? object.from.low || object.from.high : $Number(object.from) !== 0)
                            if ($util.Long)
                                message.from = $util.Long.fromValue(object.from, true);
                            else if (typeof object.from === "string")
                                message.from = $parseInt(object.from, 10);
                            else if (typeof object.from === "number")
                                message.from = object.from;
                            else if (typeof object.from === "object")
                                message.from = new $util.LongBits(object.from.low >>> 0, object.from.high >>> 0).toNumber(true);
                    if (object.to != null)
                        if (typeof object.to === "object" ? object.to.low || object.to.high : $Number(object.to) !== 0)
                            if ($util.Long)
                                message.to = $util.Long.fromValue(object.to, true);
                            else if (typeof object.to === "string")
                                message.to = $parseInt(object.to, 10);
                            else if (typeof object.to === "number")
                                message.to = object.to;
                            else if (typeof object.to === "object")
                                message.to = new $util.LongBits(object.to.low >>> 0, object.to.high >>> 0).toNumber(true);
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
                    if (object.logTerm != null)
                        if (typeof object.logTerm === "object" ? object.logTerm.low || object.logTerm.high : $Number(object.logTerm) !== 0)
                            if ($util.Long)
                                message.logTerm = $util.Long.fromValue(object.logTerm, true);
                            else if (typeof object.logTerm === "string")
                                message.logTerm = $parseInt(object.logTerm, 10);
                            else if (typeof object.logTerm === "number")
                                message.logTerm = object.logTerm;
                            else if (typeof object.logTerm === "object")
                                message.logTerm = new $util.LongBits(object.logTerm.low >>> 0, object.logTerm.high >>> 0).toNumber(true);
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
                    if (object.entries) {
                        if (!$Array.isArray(object.entries))
                            throw $TypeError(".tessera.peer.v1.Message.entries: array expected");
                        message.entries = $Array(object.entries.length);
                        for (let i = 0; i < object.entries.length; ++i) {
                            if (!$util.isObject(object.entries[i]))
                                throw $TypeError(".tessera.peer.v1.Message.entries: object expected");
                            message.entries[i] = $root.tessera.peer.v1.Entry.fromObject(object.entries[i], _depth + 1);
                        }
                    }
                    if (object.commit != null)
                        if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                            if ($util.Long)
                                message.commit = $util.Long.fromValue(object.commit, true);
                            else if (typeof object.commit === "string")
                                message.commit = $parseInt(object.commit, 10);
                            else if (typeof object.commit === "number")
                                message.commit = object.commit;
                            else if (typeof object.commit === "object")
                                message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                    if (object.reject != null)
                        if (object.reject)
                            message.reject = $Boolean(object.reject);
                    if (object.rejectHint != null)
                        if (typeof object.rejectHint === "object" ? object.rejectHint.low || object.rejectHint.high : $Number(object.rejectHint) !== 0)
                            if ($util.Long)
                                message.rejectHint = $util.Long.fromValue(object.rejectHint, true);
                            else if (typeof object.rejectHint === "string")
                                message.rejectHint = $parseInt(object.rejectHint, 10);
                            else if (typeof object.rejectHint === "number")
                                message.rejectHint = object.rejectHint;
                            else if (typeof object.rejectHint === "object")
                                message.rejectHint = new $util.LongBits(object.rejectHint.low >>> 0, object.rejectHint.high >>> 0).toNumber(true);
                    if (object.context != null)
                        if (object.context.length)
                            if (typeof object.context === "string")
                                $util.base64.decode(object.context, message.context = $util.newBuffer($util.base64.length(object.context)), 0);
                            else if (object.context.length >= 0)
                                message.context = object.context;
                    if (object.transfer != null)
                        if (object.transfer)
                            message.transfer = $Boolean(object.transfer);
                    if (object.snapshot != null) {
                        if (!$util.isObject(object.snapshot))
                            throw $TypeError(".tessera.peer.v1.Message.snapshot: object expected");
                        message.snapshot = $root.tessera.peer.v1.SnapshotChunk.fromObject(object.snapshot, _depth + 1);
                    }
                    if (object.snapshotBytesReceived != null)
                        if (typeof object.snapshotBytesReceived === "object" ? object.snapshotBytesReceived.low || object.snapshotBytesReceived.high : $Number(object.snapshotBytesReceived) !== 0)
                            if ($util.Long)
                                message.snapshotBytesReceived = $util.Long.fromValue(object.snapshotBytesReceived, true);
                            else if (typeof object.snapshotBytesReceived === "string")
                                message.snapshotBytesReceived = $parseInt(object.snapshotBytesReceived, 10);
                            else if (typeof object.snapshotBytesReceived === "number")
                                message.snapshotBytesReceived = object.snapshotBytesReceived;
                            else if (typeof object.snapshotBytesReceived === "object")
                                message.snapshotBytesReceived = new $util.LongBits(object.snapshotBytesReceived.low >>> 0, object.snapshotBytesReceived.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Message message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.Message
                 * @static
                 * @param {tessera.peer.v1.Message} message Message
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Message.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.entries = [];
                    if (options.defaults) {
                        object.type = options.enums === $String ? "MESSAGE_TYPE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.from = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.from = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.to = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.to = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.logTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.logTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.reject = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rejectHint = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rejectHint = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.context = "";
                        else {
                            object.context = [];
                            if (options.bytes !== $Array)
                                object.context = $util.newBuffer(object.context);
                        }
                        object.transfer = false;
                        object.snapshot = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.snapshotBytesReceived = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.snapshotBytesReceived = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.tessera.peer.v1.MessageType[message.type] === $undefined ? message.type : $root.tessera.peer.v1.MessageType[message.type] : message.type;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.from = typeof message.from === "number" ? $BigInt(message.from) : $util.Long.fromBits(message.from.low >>> 0, message.from.high >>> 0, true).toBigInt();
                        else if (typeof message.from === "number")
                            object.from = options.longs === $String ? $String(message.from) : message.from;
                        else
                            object.from = options.longs === $String ? $util.Long.prototype.toString.call(message.from) : options.longs === $Number ? new $util.LongBits(message.from.low >>> 0, message.from.high >>> 0).toNumber(true) : message.from;
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.to = typeof message.to === "number" ? $BigInt(message.to) : $util.Long.fromBits(message.to.low >>> 0, message.to.high >>> 0, true).toBigInt();
                        else if (typeof message.to === "number")
                            object.to = options.longs === $String ? $String(message.to) : message.to;
                        else
                            object.to = options.longs === $String ? $util.Long.prototype.toString.call(message.to) : options.longs === $Number ? new $util.LongBits(message.to.low >>> 0, message.to.high >>> 0).toNumber(true) : message.to;
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.logTerm = typeof message.logTerm === "number" ? $BigInt(message.logTerm) : $util.Long.fromBits(message.logTerm.low >>> 0, message.logTerm.high >>> 0, true).toBigInt();
                        else if (typeof message.logTerm === "number")
                            object.logTerm = options.longs === $String ? $String(message.logTerm) : message.logTerm;
                        else
                            object.logTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.logTerm) : options.longs === $Number ? new $util.LongBits(message.logTerm.low >>> 0, message.logTerm.high >>> 0).toNumber(true) : message.logTerm;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.entries && message.entries.length) {
                        object.entries = $Array(message.entries.length);
                        for (let j = 0; j < message.entries.length; ++j)
                            object.entries[j] = $root.tessera.peer.v1.Entry.toObject(message.entries[j], options, _depth + 1);
                    }
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                        else if (typeof message.commit === "number")
                            object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                        else
                            object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                    if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                        object.reject = message.reject;
                    if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rejectHint = typeof message.rejectHint === "number" ? $BigInt(message.rejectHint) : $util.Long.fromBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0, true).toBigInt();
                        else if (typeof message.rejectHint === "number")
                            object.rejectHint = options.longs === $String ? $String(message.rejectHint) : message.rejectHint;
                        else
                            object.rejectHint = options.longs === $String ? $util.Long.prototype.toString.call(message.rejectHint) : options.longs === $Number ? new $util.LongBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0).toNumber(true) : message.rejectHint;
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        object.context = options.bytes === $String ? $util.base64.encode(message.context, 0, message.context.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.context) : message.context;
                    if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                        object.transfer = message.transfer;
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        object.snapshot = $root.tessera.peer.v1.SnapshotChunk.toObject(message.snapshot, options, _depth + 1);
                    if (message.snapshotBytesReceived != null && $Object.hasOwnProperty.call(message, "snapshotBytesReceived"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.snapshotBytesReceived = typeof message.snapshotBytesReceived === "number" ? $BigInt(message.snapshotBytesReceived) : $util.Long.fromBits(message.snapshotBytesReceived.low >>> 0, message.snapshotBytesReceived.high >>> 0, true).toBigInt();
                        else if (typeof message.snapshotBytesReceived === "number")
                            object.snapshotBytesReceived = options.longs === $String ? $String(message.snapshotBytesReceived) : message.snapshotBytesReceived;
                        else
                            object.snapshotBytesReceived = options.longs === $String ? $util.Long.prototype.toString.call(message.snapshotBytesReceived) : options.longs === $Number ? new $util.LongBits(message.snapshotBytesReceived.low >>> 0, message.snapshotBytesReceived.high >>> 0).toNumber(true) : message.snapshotBytesReceived;
                    return object;
                };

                /**
                 * Converts this Message to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.Message
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Message
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.Message
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.Message";
                };

                return Message;
            })();

            v1.RaftBatch = (function() {

                /**
                 * Properties of a RaftBatch.
                 * @typedef {Object} tessera.peer.v1.RaftBatch.$Properties
                 * @property {Array.<tessera.peer.v1.Message.$Properties>|null} [messages] RaftBatch messages
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RaftBatch.
                 * @memberof tessera.peer.v1
                 * @interface IRaftBatch
                 * @augments tessera.peer.v1.RaftBatch.$Properties
                 * @deprecated Use tessera.peer.v1.RaftBatch.$Properties instead.
                 */

                /**
                 * Shape of a RaftBatch.
                 * @typedef {tessera.peer.v1.RaftBatch.$Properties} tessera.peer.v1.RaftBatch.$Shape
                 */

                /**
                 * Constructs a new RaftBatch.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a RaftBatch.
                 * @constructor
                 * @param {tessera.peer.v1.RaftBatch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RaftBatch = function (properties) {
                    this.messages = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RaftBatch messages.
                 * @member {Array.<tessera.peer.v1.Message.$Properties>} messages
                 * @memberof tessera.peer.v1.RaftBatch
                 * @instance
                 */
                RaftBatch.prototype.messages = $util.emptyArray;

                /**
                 * Creates a new RaftBatch instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.RaftBatch
                 * @static
                 * @param {tessera.peer.v1.RaftBatch.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.RaftBatch} RaftBatch instance
                 * @type {{
                 *   (properties: tessera.peer.v1.RaftBatch.$Shape): tessera.peer.v1.RaftBatch & tessera.peer.v1.RaftBatch.$Shape;
                 *   (properties?: tessera.peer.v1.RaftBatch.$Properties): tessera.peer.v1.RaftBatch;
                 * }}
                 */
                RaftBatch.create = function(properties) {
                    return new RaftBatch(properties);
                };

                /**
                 * Encodes the specified RaftBatch message. Does not implicitly {@link tessera.peer.v1.RaftBatch.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.RaftBatch
                 * @static
                 * @param {tessera.peer.v1.RaftBatch.$Properties} message RaftBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftBatch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.messages != null && message.messages.length)
                        for (let i = 0; i < message.messages.length; ++i)
                            $root.tessera.peer.v1.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RaftBatch message, length delimited. Does not implicitly {@link tessera.peer.v1.RaftBatch.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.RaftBatch
                 * @static
                 * @param {tessera.peer.v1.RaftBatch.$Properties} message RaftBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftBatch.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RaftBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.RaftBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.RaftBatch & tessera.peer.v1.RaftBatch.$Shape} RaftBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftBatch.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.RaftBatch();
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
                                if (!(message.messages && message.messages.length))
                                    message.messages = [];
                                message.messages.push($root.tessera.peer.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a RaftBatch message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.RaftBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.RaftBatch & tessera.peer.v1.RaftBatch.$Shape} RaftBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftBatch.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RaftBatch message.
                 * @function verify
                 * @memberof tessera.peer.v1.RaftBatch
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RaftBatch.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                        if (!$Array.isArray(message.messages))
                            return "messages: array expected";
                        for (let i = 0; i < message.messages.length; ++i) {
                            let error = $root.tessera.peer.v1.Message.verify(message.messages[i], _depth + 1);
                            if (error)
                                return "messages." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a RaftBatch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.RaftBatch
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.RaftBatch} RaftBatch
                 */
                RaftBatch.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.RaftBatch)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.RaftBatch: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.RaftBatch();
                    if (object.messages) {
                        if (!$Array.isArray(object.messages))
                            throw $TypeError(".tessera.peer.v1.RaftBatch.messages: array expected");
                        message.messages = $Array(object.messages.length);
                        for (let i = 0; i < object.messages.length; ++i) {
                            if (!$util.isObject(object.messages[i]))
                                throw $TypeError(".tessera.peer.v1.RaftBatch.messages: object expected");
                            message.messages[i] = $root.tessera.peer.v1.Message.fromObject(object.messages[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RaftBatch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.RaftBatch
                 * @static
                 * @param {tessera.peer.v1.RaftBatch} message RaftBatch
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RaftBatch.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.messages = [];
                    if (message.messages && message.messages.length) {
                        object.messages = $Array(message.messages.length);
                        for (let j = 0; j < message.messages.length; ++j)
                            object.messages[j] = $root.tessera.peer.v1.Message.toObject(message.messages[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this RaftBatch to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.RaftBatch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RaftBatch.prototype.toJSON = function() {
                    return RaftBatch.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RaftBatch
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.RaftBatch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RaftBatch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.RaftBatch";
                };

                return RaftBatch;
            })();

            v1.RaftAck = (function() {

                /**
                 * Properties of a RaftAck.
                 * @typedef {Object} tessera.peer.v1.RaftAck.$Properties
                 * @property {number|null} [credits] RaftAck credits
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RaftAck.
                 * @memberof tessera.peer.v1
                 * @interface IRaftAck
                 * @augments tessera.peer.v1.RaftAck.$Properties
                 * @deprecated Use tessera.peer.v1.RaftAck.$Properties instead.
                 */

                /**
                 * Shape of a RaftAck.
                 * @typedef {tessera.peer.v1.RaftAck.$Properties} tessera.peer.v1.RaftAck.$Shape
                 */

                /**
                 * Constructs a new RaftAck.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a RaftAck.
                 * @constructor
                 * @param {tessera.peer.v1.RaftAck.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RaftAck = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RaftAck credits.
                 * @member {number} credits
                 * @memberof tessera.peer.v1.RaftAck
                 * @instance
                 */
                RaftAck.prototype.credits = 0;

                /**
                 * Creates a new RaftAck instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.RaftAck
                 * @static
                 * @param {tessera.peer.v1.RaftAck.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.RaftAck} RaftAck instance
                 * @type {{
                 *   (properties: tessera.peer.v1.RaftAck.$Shape): tessera.peer.v1.RaftAck & tessera.peer.v1.RaftAck.$Shape;
                 *   (properties?: tessera.peer.v1.RaftAck.$Properties): tessera.peer.v1.RaftAck;
                 * }}
                 */
                RaftAck.create = function(properties) {
                    return new RaftAck(properties);
                };

                /**
                 * Encodes the specified RaftAck message. Does not implicitly {@link tessera.peer.v1.RaftAck.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.RaftAck
                 * @static
                 * @param {tessera.peer.v1.RaftAck.$Properties} message RaftAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftAck.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.credits != null && $Object.hasOwnProperty.call(message, "credits") && message.credits !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.credits);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RaftAck message, length delimited. Does not implicitly {@link tessera.peer.v1.RaftAck.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.RaftAck
                 * @static
                 * @param {tessera.peer.v1.RaftAck.$Properties} message RaftAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftAck.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RaftAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.RaftAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.RaftAck & tessera.peer.v1.RaftAck.$Shape} RaftAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftAck.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.RaftAck();
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
                                if (value = reader.uint32())
                                    message.credits = value;
                                else
                                    delete message.credits;
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
                 * Decodes a RaftAck message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.RaftAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.RaftAck & tessera.peer.v1.RaftAck.$Shape} RaftAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftAck.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RaftAck message.
                 * @function verify
                 * @memberof tessera.peer.v1.RaftAck
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RaftAck.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.credits != null && $Object.hasOwnProperty.call(message, "credits"))
                        if (!$util.isInteger(message.credits))
                            return "credits: integer expected";
                    return null;
                };

                /**
                 * Creates a RaftAck message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.RaftAck
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.RaftAck} RaftAck
                 */
                RaftAck.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.RaftAck)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.RaftAck: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.RaftAck();
                    if (object.credits != null)
                        if ($Number(object.credits) !== 0)
                            message.credits = object.credits >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a RaftAck message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.RaftAck
                 * @static
                 * @param {tessera.peer.v1.RaftAck} message RaftAck
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RaftAck.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.credits = 0;
                    if (message.credits != null && $Object.hasOwnProperty.call(message, "credits"))
                        object.credits = message.credits;
                    return object;
                };

                /**
                 * Converts this RaftAck to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.RaftAck
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RaftAck.prototype.toJSON = function() {
                    return RaftAck.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RaftAck
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.RaftAck
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RaftAck.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.RaftAck";
                };

                return RaftAck;
            })();

            v1.SnapshotPart = (function() {

                /**
                 * Properties of a SnapshotPart.
                 * @typedef {Object} tessera.peer.v1.SnapshotPart.$Properties
                 * @property {tessera.peer.v1.Message.$Properties|null} [message] SnapshotPart message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotPart.
                 * @memberof tessera.peer.v1
                 * @interface ISnapshotPart
                 * @augments tessera.peer.v1.SnapshotPart.$Properties
                 * @deprecated Use tessera.peer.v1.SnapshotPart.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotPart.
                 * @typedef {tessera.peer.v1.SnapshotPart.$Properties} tessera.peer.v1.SnapshotPart.$Shape
                 */

                /**
                 * Constructs a new SnapshotPart.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a SnapshotPart.
                 * @constructor
                 * @param {tessera.peer.v1.SnapshotPart.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotPart = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotPart message.
                 * @member {tessera.peer.v1.Message.$Properties|null|undefined} message
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @instance
                 */
                SnapshotPart.prototype.message = null;

                /**
                 * Creates a new SnapshotPart instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @static
                 * @param {tessera.peer.v1.SnapshotPart.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.SnapshotPart} SnapshotPart instance
                 * @type {{
                 *   (properties: tessera.peer.v1.SnapshotPart.$Shape): tessera.peer.v1.SnapshotPart & tessera.peer.v1.SnapshotPart.$Shape;
                 *   (properties?: tessera.peer.v1.SnapshotPart.$Properties): tessera.peer.v1.SnapshotPart;
                 * }}
                 */
                SnapshotPart.create = function(properties) {
                    return new SnapshotPart(properties);
                };

                /**
                 * Encodes the specified SnapshotPart message. Does not implicitly {@link tessera.peer.v1.SnapshotPart.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @static
                 * @param {tessera.peer.v1.SnapshotPart.$Properties} message SnapshotPart message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotPart.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        $root.tessera.peer.v1.Message.encode(message.message, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotPart message, length delimited. Does not implicitly {@link tessera.peer.v1.SnapshotPart.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @static
                 * @param {tessera.peer.v1.SnapshotPart.$Properties} message SnapshotPart message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotPart.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotPart message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.SnapshotPart & tessera.peer.v1.SnapshotPart.$Shape} SnapshotPart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotPart.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.SnapshotPart();
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
                                message.message = $root.tessera.peer.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
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
                 * Decodes a SnapshotPart message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.SnapshotPart & tessera.peer.v1.SnapshotPart.$Shape} SnapshotPart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotPart.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotPart message.
                 * @function verify
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotPart.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                        let error = $root.tessera.peer.v1.Message.verify(message.message, _depth + 1);
                        if (error)
                            return "message." + error;
                    }
                    return null;
                };

                /**
                 * Creates a SnapshotPart message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.SnapshotPart} SnapshotPart
                 */
                SnapshotPart.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.SnapshotPart)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.SnapshotPart: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.SnapshotPart();
                    if (object.message != null) {
                        if (!$util.isObject(object.message))
                            throw $TypeError(".tessera.peer.v1.SnapshotPart.message: object expected");
                        message.message = $root.tessera.peer.v1.Message.fromObject(object.message, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotPart message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @static
                 * @param {tessera.peer.v1.SnapshotPart} message SnapshotPart
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotPart.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.message = null;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = $root.tessera.peer.v1.Message.toObject(message.message, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this SnapshotPart to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotPart.prototype.toJSON = function() {
                    return SnapshotPart.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotPart
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.SnapshotPart
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotPart.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.SnapshotPart";
                };

                return SnapshotPart;
            })();

            v1.SnapshotAck = (function() {

                /**
                 * Properties of a SnapshotAck.
                 * @typedef {Object} tessera.peer.v1.SnapshotAck.$Properties
                 * @property {number|null} [parts] SnapshotAck parts
                 * @property {number|null} [bytes] SnapshotAck bytes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotAck.
                 * @memberof tessera.peer.v1
                 * @interface ISnapshotAck
                 * @augments tessera.peer.v1.SnapshotAck.$Properties
                 * @deprecated Use tessera.peer.v1.SnapshotAck.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotAck.
                 * @typedef {tessera.peer.v1.SnapshotAck.$Properties} tessera.peer.v1.SnapshotAck.$Shape
                 */

                /**
                 * Constructs a new SnapshotAck.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a SnapshotAck.
                 * @constructor
                 * @param {tessera.peer.v1.SnapshotAck.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotAck = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotAck parts.
                 * @member {number} parts
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @instance
                 */
                SnapshotAck.prototype.parts = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotAck bytes.
                 * @member {number} bytes
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @instance
                 */
                SnapshotAck.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SnapshotAck instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @static
                 * @param {tessera.peer.v1.SnapshotAck.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.SnapshotAck} SnapshotAck instance
                 * @type {{
                 *   (properties: tessera.peer.v1.SnapshotAck.$Shape): tessera.peer.v1.SnapshotAck & tessera.peer.v1.SnapshotAck.$Shape;
                 *   (properties?: tessera.peer.v1.SnapshotAck.$Properties): tessera.peer.v1.SnapshotAck;
                 * }}
                 */
                SnapshotAck.create = function(properties) {
                    return new SnapshotAck(properties);
                };

                /**
                 * Encodes the specified SnapshotAck message. Does not implicitly {@link tessera.peer.v1.SnapshotAck.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @static
                 * @param {tessera.peer.v1.SnapshotAck.$Properties} message SnapshotAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotAck.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.parts != null && $Object.hasOwnProperty.call(message, "parts") && (typeof message.parts === "object" ? message.parts.low || message.parts.high : message.parts !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.parts);
                    if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bytes);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotAck message, length delimited. Does not implicitly {@link tessera.peer.v1.SnapshotAck.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @static
                 * @param {tessera.peer.v1.SnapshotAck.$Properties} message SnapshotAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotAck.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.SnapshotAck & tessera.peer.v1.SnapshotAck.$Shape} SnapshotAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotAck.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.SnapshotAck();
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
                                    message.parts = value;
                                else
                                    delete message.parts;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.bytes = value;
                                else
                                    delete message.bytes;
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
                 * Decodes a SnapshotAck message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.SnapshotAck & tessera.peer.v1.SnapshotAck.$Shape} SnapshotAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotAck.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotAck message.
                 * @function verify
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotAck.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.parts != null && $Object.hasOwnProperty.call(message, "parts"))
                        if (!$util.isInteger(message.parts) && !(message.parts && $util.isInteger(message.parts.low) && $util.isInteger(message.parts.high)))
                            return "parts: integer|Long expected";
                    if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                        if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                            return "bytes: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a SnapshotAck message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.SnapshotAck} SnapshotAck
                 */
                SnapshotAck.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.SnapshotAck)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.SnapshotAck: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.SnapshotAck();
                    if (object.parts != null)
                        if (typeof object.parts === "object" ? object.parts.low || object.parts.high : $Number(object.parts) !== 0)
                            if ($util.Long)
                                message.parts = $util.Long.fromValue(object.parts, true);
                            else if (typeof object.parts === "string")
                                message.parts = $parseInt(object.parts, 10);
                            else if (typeof object.parts === "number")
                                message.parts = object.parts;
                            else if (typeof object.parts === "object")
                                message.parts = new $util.LongBits(object.parts.low >>> 0, object.parts.high >>> 0).toNumber(true);
                    if (object.bytes != null)
                        if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                            if ($util.Long)
                                message.bytes = $util.Long.fromValue(object.bytes, true);
                            else if (typeof object.bytes === "string")
                                message.bytes = $parseInt(object.bytes, 10);
                            else if (typeof object.bytes === "number")
                                message.bytes = object.bytes;
                            else if (typeof object.bytes === "object")
                                message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotAck message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @static
                 * @param {tessera.peer.v1.SnapshotAck} message SnapshotAck
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotAck.toObject = function (message, options, _depth) {
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
                            object.parts = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.parts = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.parts != null && $Object.hasOwnProperty.call(message, "parts"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.parts = typeof message.parts === "number" ? $BigInt(message.parts) : $util.Long.fromBits(message.parts.low >>> 0, message.parts.high >>> 0, true).toBigInt();
                        else if (typeof message.parts === "number")
                            object.parts = options.longs === $String ? $String(message.parts) : message.parts;
                        else
                            object.parts = options.longs === $String ? $util.Long.prototype.toString.call(message.parts) : options.longs === $Number ? new $util.LongBits(message.parts.low >>> 0, message.parts.high >>> 0).toNumber(true) : message.parts;
                    if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                        else if (typeof message.bytes === "number")
                            object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                        else
                            object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                    return object;
                };

                /**
                 * Converts this SnapshotAck to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotAck.prototype.toJSON = function() {
                    return SnapshotAck.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotAck
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.SnapshotAck
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotAck.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.SnapshotAck";
                };

                return SnapshotAck;
            })();

            v1.NonceRequest = (function() {

                /**
                 * Properties of a NonceRequest.
                 * @typedef {Object} tessera.peer.v1.NonceRequest.$Properties
                 * @property {Uint8Array|null} [nodePublicKey] NonceRequest nodePublicKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NonceRequest.
                 * @memberof tessera.peer.v1
                 * @interface INonceRequest
                 * @augments tessera.peer.v1.NonceRequest.$Properties
                 * @deprecated Use tessera.peer.v1.NonceRequest.$Properties instead.
                 */

                /**
                 * Shape of a NonceRequest.
                 * @typedef {tessera.peer.v1.NonceRequest.$Properties} tessera.peer.v1.NonceRequest.$Shape
                 */

                /**
                 * Constructs a new NonceRequest.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a NonceRequest.
                 * @constructor
                 * @param {tessera.peer.v1.NonceRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const NonceRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NonceRequest nodePublicKey.
                 * @member {Uint8Array} nodePublicKey
                 * @memberof tessera.peer.v1.NonceRequest
                 * @instance
                 */
                NonceRequest.prototype.nodePublicKey = $util.newBuffer([]);

                /**
                 * Creates a new NonceRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.NonceRequest
                 * @static
                 * @param {tessera.peer.v1.NonceRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.NonceRequest} NonceRequest instance
                 * @type {{
                 *   (properties: tessera.peer.v1.NonceRequest.$Shape): tessera.peer.v1.NonceRequest & tessera.peer.v1.NonceRequest.$Shape;
                 *   (properties?: tessera.peer.v1.NonceRequest.$Properties): tessera.peer.v1.NonceRequest;
                 * }}
                 */
                NonceRequest.create = function(properties) {
                    return new NonceRequest(properties);
                };

                /**
                 * Encodes the specified NonceRequest message. Does not implicitly {@link tessera.peer.v1.NonceRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.NonceRequest
                 * @static
                 * @param {tessera.peer.v1.NonceRequest.$Properties} message NonceRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NonceRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nodePublicKey != null && $Object.hasOwnProperty.call(message, "nodePublicKey") && message.nodePublicKey.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nodePublicKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified NonceRequest message, length delimited. Does not implicitly {@link tessera.peer.v1.NonceRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.NonceRequest
                 * @static
                 * @param {tessera.peer.v1.NonceRequest.$Properties} message NonceRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NonceRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a NonceRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.NonceRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.NonceRequest & tessera.peer.v1.NonceRequest.$Shape} NonceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NonceRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.NonceRequest();
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
                                    message.nodePublicKey = value;
                                else
                                    delete message.nodePublicKey;
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
                 * Decodes a NonceRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.NonceRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.NonceRequest & tessera.peer.v1.NonceRequest.$Shape} NonceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NonceRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a NonceRequest message.
                 * @function verify
                 * @memberof tessera.peer.v1.NonceRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                NonceRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.nodePublicKey != null && $Object.hasOwnProperty.call(message, "nodePublicKey"))
                        if (!(message.nodePublicKey && typeof message.nodePublicKey.length === "number" || $util.isString(message.nodePublicKey)))
                            return "nodePublicKey: buffer expected";
                    return null;
                };

                /**
                 * Creates a NonceRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.NonceRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.NonceRequest} NonceRequest
                 */
                NonceRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.NonceRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.NonceRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.NonceRequest();
                    if (object.nodePublicKey != null)
                        if (object.nodePublicKey.length)
                            if (typeof object.nodePublicKey === "string")
                                $util.base64.decode(object.nodePublicKey, message.nodePublicKey = $util.newBuffer($util.base64.length(object.nodePublicKey)), 0);
                            else if (object.nodePublicKey.length >= 0)
                                message.nodePublicKey = object.nodePublicKey;
                    return message;
                };

                /**
                 * Creates a plain object from a NonceRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.NonceRequest
                 * @static
                 * @param {tessera.peer.v1.NonceRequest} message NonceRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NonceRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.nodePublicKey = "";
                        else {
                            object.nodePublicKey = [];
                            if (options.bytes !== $Array)
                                object.nodePublicKey = $util.newBuffer(object.nodePublicKey);
                        }
                    if (message.nodePublicKey != null && $Object.hasOwnProperty.call(message, "nodePublicKey"))
                        object.nodePublicKey = options.bytes === $String ? $util.base64.encode(message.nodePublicKey, 0, message.nodePublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nodePublicKey) : message.nodePublicKey;
                    return object;
                };

                /**
                 * Converts this NonceRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.NonceRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NonceRequest.prototype.toJSON = function() {
                    return NonceRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NonceRequest
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.NonceRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NonceRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.NonceRequest";
                };

                return NonceRequest;
            })();

            v1.NonceResponse = (function() {

                /**
                 * Properties of a NonceResponse.
                 * @typedef {Object} tessera.peer.v1.NonceResponse.$Properties
                 * @property {Uint8Array|null} [nonce] NonceResponse nonce
                 * @property {number|null} [expiresAtUnixMs] NonceResponse expiresAtUnixMs
                 * @property {string|null} [leaderHint] NonceResponse leaderHint
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NonceResponse.
                 * @memberof tessera.peer.v1
                 * @interface INonceResponse
                 * @augments tessera.peer.v1.NonceResponse.$Properties
                 * @deprecated Use tessera.peer.v1.NonceResponse.$Properties instead.
                 */

                /**
                 * Shape of a NonceResponse.
                 * @typedef {tessera.peer.v1.NonceResponse.$Properties} tessera.peer.v1.NonceResponse.$Shape
                 */

                /**
                 * Constructs a new NonceResponse.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a NonceResponse.
                 * @constructor
                 * @param {tessera.peer.v1.NonceResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const NonceResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * NonceResponse nonce.
                 * @member {Uint8Array} nonce
                 * @memberof tessera.peer.v1.NonceResponse
                 * @instance
                 */
                NonceResponse.prototype.nonce = $util.newBuffer([]);

                /**
                 * NonceResponse expiresAtUnixMs.
                 * @member {number} expiresAtUnixMs
                 * @memberof tessera.peer.v1.NonceResponse
                 * @instance
                 */
                NonceResponse.prototype.expiresAtUnixMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NonceResponse leaderHint.
                 * @member {string} leaderHint
                 * @memberof tessera.peer.v1.NonceResponse
                 * @instance
                 */
                NonceResponse.prototype.leaderHint = "";

                /**
                 * Creates a new NonceResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.NonceResponse
                 * @static
                 * @param {tessera.peer.v1.NonceResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.NonceResponse} NonceResponse instance
                 * @type {{
                 *   (properties: tessera.peer.v1.NonceResponse.$Shape): tessera.peer.v1.NonceResponse & tessera.peer.v1.NonceResponse.$Shape;
                 *   (properties?: tessera.peer.v1.NonceResponse.$Properties): tessera.peer.v1.NonceResponse;
                 * }}
                 */
                NonceResponse.create = function(properties) {
                    return new NonceResponse(properties);
                };

                /**
                 * Encodes the specified NonceResponse message. Does not implicitly {@link tessera.peer.v1.NonceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.NonceResponse
                 * @static
                 * @param {tessera.peer.v1.NonceResponse.$Properties} message NonceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NonceResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nonce);
                    if (message.expiresAtUnixMs != null && $Object.hasOwnProperty.call(message, "expiresAtUnixMs") && (typeof message.expiresAtUnixMs === "object" ? message.expiresAtUnixMs.low || message.expiresAtUnixMs.high : message.expiresAtUnixMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expiresAtUnixMs);
                    if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint") && message.leaderHint !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.leaderHint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified NonceResponse message, length delimited. Does not implicitly {@link tessera.peer.v1.NonceResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.NonceResponse
                 * @static
                 * @param {tessera.peer.v1.NonceResponse.$Properties} message NonceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NonceResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a NonceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.NonceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.NonceResponse & tessera.peer.v1.NonceResponse.$Shape} NonceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NonceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.NonceResponse();
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
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAtUnixMs = value;
                                else
                                    delete message.expiresAtUnixMs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.leaderHint = value;
                                else
                                    delete message.leaderHint;
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
                 * Decodes a NonceResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.NonceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.NonceResponse & tessera.peer.v1.NonceResponse.$Shape} NonceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NonceResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a NonceResponse message.
                 * @function verify
                 * @memberof tessera.peer.v1.NonceResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                NonceResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                            return "nonce: buffer expected";
                    if (message.expiresAtUnixMs != null && $Object.hasOwnProperty.call(message, "expiresAtUnixMs"))
                        if (!$util.isInteger(message.expiresAtUnixMs) && !(message.expiresAtUnixMs && $util.isInteger(message.expiresAtUnixMs.low) && $util.isInteger(message.expiresAtUnixMs.high)))
                            return "expiresAtUnixMs: integer|Long expected";
                    if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint"))
                        if (!$util.isString(message.leaderHint))
                            return "leaderHint: string expected";
                    return null;
                };

                /**
                 * Creates a NonceResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.NonceResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.NonceResponse} NonceResponse
                 */
                NonceResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.NonceResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.NonceResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.NonceResponse();
                    if (object.nonce != null)
                        if (object.nonce.length)
                            if (typeof object.nonce === "string")
                                $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                            else if (object.nonce.length >= 0)
                                message.nonce = object.nonce;
                    if (object.expiresAtUnixMs != null)
                        if (typeof object.expiresAtUnixMs === "object" ? object.expiresAtUnixMs.low || object.expiresAtUnixMs.high : $Number(object.expiresAtUnixMs) !== 0)
                            if ($util.Long)
                                message.expiresAtUnixMs = $util.Long.fromValue(object.expiresAtUnixMs, true);
                            else if (typeof object.expiresAtUnixMs === "string")
                                message.expiresAtUnixMs = $parseInt(object.expiresAtUnixMs, 10);
                            else if (typeof object.expiresAtUnixMs === "number")
                                message.expiresAtUnixMs = object.expiresAtUnixMs;
                            else if (typeof object.expiresAtUnixMs === "object")
                                message.expiresAtUnixMs = new $util.LongBits(object.expiresAtUnixMs.low >>> 0, object.expiresAtUnixMs.high >>> 0).toNumber(true);
                    if (object.leaderHint != null)
                        if (typeof object.leaderHint !== "string" || object.leaderHint.length)
                            message.leaderHint = $String(object.leaderHint);
                    return message;
                };

                /**
                 * Creates a plain object from a NonceResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.NonceResponse
                 * @static
                 * @param {tessera.peer.v1.NonceResponse} message NonceResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NonceResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.nonce = "";
                        else {
                            object.nonce = [];
                            if (options.bytes !== $Array)
                                object.nonce = $util.newBuffer(object.nonce);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.expiresAtUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.expiresAtUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.leaderHint = "";
                    }
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                    if (message.expiresAtUnixMs != null && $Object.hasOwnProperty.call(message, "expiresAtUnixMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.expiresAtUnixMs = typeof message.expiresAtUnixMs === "number" ? $BigInt(message.expiresAtUnixMs) : $util.Long.fromBits(message.expiresAtUnixMs.low >>> 0, message.expiresAtUnixMs.high >>> 0, true).toBigInt();
                        else if (typeof message.expiresAtUnixMs === "number")
                            object.expiresAtUnixMs = options.longs === $String ? $String(message.expiresAtUnixMs) : message.expiresAtUnixMs;
                        else
                            object.expiresAtUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtUnixMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtUnixMs.low >>> 0, message.expiresAtUnixMs.high >>> 0).toNumber(true) : message.expiresAtUnixMs;
                    if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint"))
                        object.leaderHint = message.leaderHint;
                    return object;
                };

                /**
                 * Converts this NonceResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.NonceResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NonceResponse.prototype.toJSON = function() {
                    return NonceResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NonceResponse
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.NonceResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NonceResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.NonceResponse";
                };

                return NonceResponse;
            })();

            v1.JoinRequest = (function() {

                /**
                 * Properties of a JoinRequest.
                 * @typedef {Object} tessera.peer.v1.JoinRequest.$Properties
                 * @property {Uint8Array|null} [nodePublicKey] JoinRequest nodePublicKey
                 * @property {Uint8Array|null} [quote] JoinRequest quote
                 * @property {Array.<Uint8Array>|null} [tickets] JoinRequest tickets
                 * @property {string|null} [address] JoinRequest address
                 * @property {Uint8Array|null} [nonce] JoinRequest nonce
                 * @property {string|null} [clientAddress] JoinRequest clientAddress
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a JoinRequest.
                 * @memberof tessera.peer.v1
                 * @interface IJoinRequest
                 * @augments tessera.peer.v1.JoinRequest.$Properties
                 * @deprecated Use tessera.peer.v1.JoinRequest.$Properties instead.
                 */

                /**
                 * Shape of a JoinRequest.
                 * @typedef {tessera.peer.v1.JoinRequest.$Properties} tessera.peer.v1.JoinRequest.$Shape
                 */

                /**
                 * Constructs a new JoinRequest.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a JoinRequest.
                 * @constructor
                 * @param {tessera.peer.v1.JoinRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const JoinRequest = function (properties) {
                    this.tickets = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * JoinRequest nodePublicKey.
                 * @member {Uint8Array} nodePublicKey
                 * @memberof tessera.peer.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.nodePublicKey = $util.newBuffer([]);

                /**
                 * JoinRequest quote.
                 * @member {Uint8Array} quote
                 * @memberof tessera.peer.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.quote = $util.newBuffer([]);

                /**
                 * JoinRequest tickets.
                 * @member {Array.<Uint8Array>} tickets
                 * @memberof tessera.peer.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.tickets = $util.emptyArray;

                /**
                 * JoinRequest address.
                 * @member {string} address
                 * @memberof tessera.peer.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.address = "";

                /**
                 * JoinRequest nonce.
                 * @member {Uint8Array} nonce
                 * @memberof tessera.peer.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.nonce = $util.newBuffer([]);

                /**
                 * JoinRequest clientAddress.
                 * @member {string} clientAddress
                 * @memberof tessera.peer.v1.JoinRequest
                 * @instance
                 */
                JoinRequest.prototype.clientAddress = "";

                /**
                 * Creates a new JoinRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.JoinRequest
                 * @static
                 * @param {tessera.peer.v1.JoinRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.JoinRequest} JoinRequest instance
                 * @type {{
                 *   (properties: tessera.peer.v1.JoinRequest.$Shape): tessera.peer.v1.JoinRequest & tessera.peer.v1.JoinRequest.$Shape;
                 *   (properties?: tessera.peer.v1.JoinRequest.$Properties): tessera.peer.v1.JoinRequest;
                 * }}
                 */
                JoinRequest.create = function(properties) {
                    return new JoinRequest(properties);
                };

                /**
                 * Encodes the specified JoinRequest message. Does not implicitly {@link tessera.peer.v1.JoinRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.JoinRequest
                 * @static
                 * @param {tessera.peer.v1.JoinRequest.$Properties} message JoinRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nodePublicKey != null && $Object.hasOwnProperty.call(message, "nodePublicKey") && message.nodePublicKey.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nodePublicKey);
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote") && message.quote.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.quote);
                    if (message.tickets != null && message.tickets.length)
                        for (let i = 0; i < message.tickets.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.tickets[i]);
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.address);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.nonce);
                    if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.clientAddress);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link tessera.peer.v1.JoinRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.JoinRequest
                 * @static
                 * @param {tessera.peer.v1.JoinRequest.$Properties} message JoinRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a JoinRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.JoinRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.JoinRequest & tessera.peer.v1.JoinRequest.$Shape} JoinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.JoinRequest();
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
                                    message.nodePublicKey = value;
                                else
                                    delete message.nodePublicKey;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.quote = value;
                                else
                                    delete message.quote;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tickets && message.tickets.length))
                                    message.tickets = [];
                                message.tickets.push(reader.bytes());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 6: {
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
                 * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.JoinRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.JoinRequest & tessera.peer.v1.JoinRequest.$Shape} JoinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a JoinRequest message.
                 * @function verify
                 * @memberof tessera.peer.v1.JoinRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                JoinRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.nodePublicKey != null && $Object.hasOwnProperty.call(message, "nodePublicKey"))
                        if (!(message.nodePublicKey && typeof message.nodePublicKey.length === "number" || $util.isString(message.nodePublicKey)))
                            return "nodePublicKey: buffer expected";
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
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        if (!$util.isString(message.address))
                            return "address: string expected";
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                            return "nonce: buffer expected";
                    if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress"))
                        if (!$util.isString(message.clientAddress))
                            return "clientAddress: string expected";
                    return null;
                };

                /**
                 * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.JoinRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.JoinRequest} JoinRequest
                 */
                JoinRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.JoinRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.JoinRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.JoinRequest();
                    if (object.nodePublicKey != null)
                        if (object.nodePublicKey.length)
                            if (typeof object.nodePublicKey === "string")
                                $util.base64.decode(object.nodePublicKey, message.nodePublicKey = $util.newBuffer($util.base64.length(object.nodePublicKey)), 0);
                            else if (object.nodePublicKey.length >= 0)
                                message.nodePublicKey = object.nodePublicKey;
                    if (object.quote != null)
                        if (object.quote.length)
                            if (typeof object.quote === "string")
                                $util.base64.decode(object.quote, message.quote = $util.newBuffer($util.base64.length(object.quote)), 0);
                            else if (object.quote.length >= 0)
                                message.quote = object.quote;
                    if (object.tickets) {
                        if (!$Array.isArray(object.tickets))
                            throw $TypeError(".tessera.peer.v1.JoinRequest.tickets: array expected");
                        message.tickets = $Array(object.tickets.length);
                        for (let i = 0; i < object.tickets.length; ++i)
                            if (typeof object.tickets[i] === "string")
                                $util.base64.decode(object.tickets[i], message.tickets[i] = $util.newBuffer($util.base64.length(object.tickets[i])), 0);
                            else if (object.tickets[i].length >= 0)
                                message.tickets[i] = object.tickets[i];
                    }
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.nonce != null)
                        if (object.nonce.length)
                            if (typeof object.nonce === "string")
                                $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                            else if (object.nonce.length >= 0)
                                message.nonce = object.nonce;
                    if (object.clientAddress != null)
                        if (typeof object.clientAddress !== "string" || object.clientAddress.length)
                            message.clientAddress = $String(object.clientAddress);
                    return message;
                };

                /**
                 * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.JoinRequest
                 * @static
                 * @param {tessera.peer.v1.JoinRequest} message JoinRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JoinRequest.toObject = function (message, options, _depth) {
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
                        if (options.bytes === $String)
                            object.nodePublicKey = "";
                        else {
                            object.nodePublicKey = [];
                            if (options.bytes !== $Array)
                                object.nodePublicKey = $util.newBuffer(object.nodePublicKey);
                        }
                        if (options.bytes === $String)
                            object.quote = "";
                        else {
                            object.quote = [];
                            if (options.bytes !== $Array)
                                object.quote = $util.newBuffer(object.quote);
                        }
                        object.address = "";
                        if (options.bytes === $String)
                            object.nonce = "";
                        else {
                            object.nonce = [];
                            if (options.bytes !== $Array)
                                object.nonce = $util.newBuffer(object.nonce);
                        }
                        object.clientAddress = "";
                    }
                    if (message.nodePublicKey != null && $Object.hasOwnProperty.call(message, "nodePublicKey"))
                        object.nodePublicKey = options.bytes === $String ? $util.base64.encode(message.nodePublicKey, 0, message.nodePublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nodePublicKey) : message.nodePublicKey;
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote"))
                        object.quote = options.bytes === $String ? $util.base64.encode(message.quote, 0, message.quote.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.quote) : message.quote;
                    if (message.tickets && message.tickets.length) {
                        object.tickets = $Array(message.tickets.length);
                        for (let j = 0; j < message.tickets.length; ++j)
                            object.tickets[j] = options.bytes === $String ? $util.base64.encode(message.tickets[j], 0, message.tickets[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tickets[j]) : message.tickets[j];
                    }
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                    if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress"))
                        object.clientAddress = message.clientAddress;
                    return object;
                };

                /**
                 * Converts this JoinRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.JoinRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JoinRequest.prototype.toJSON = function() {
                    return JoinRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for JoinRequest
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.JoinRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                JoinRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.JoinRequest";
                };

                return JoinRequest;
            })();

            v1.JoinResponse = (function() {

                /**
                 * Properties of a JoinResponse.
                 * @typedef {Object} tessera.peer.v1.JoinResponse.$Properties
                 * @property {boolean|null} [admitted] JoinResponse admitted
                 * @property {string|null} [refusalReason] JoinResponse refusalReason
                 * @property {string|null} [message] JoinResponse message
                 * @property {number|null} [memberId] JoinResponse memberId
                 * @property {string|null} [leaderHint] JoinResponse leaderHint
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a JoinResponse.
                 * @memberof tessera.peer.v1
                 * @interface IJoinResponse
                 * @augments tessera.peer.v1.JoinResponse.$Properties
                 * @deprecated Use tessera.peer.v1.JoinResponse.$Properties instead.
                 */

                /**
                 * Shape of a JoinResponse.
                 * @typedef {tessera.peer.v1.JoinResponse.$Properties} tessera.peer.v1.JoinResponse.$Shape
                 */

                /**
                 * Constructs a new JoinResponse.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents a JoinResponse.
                 * @constructor
                 * @param {tessera.peer.v1.JoinResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const JoinResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * JoinResponse admitted.
                 * @member {boolean} admitted
                 * @memberof tessera.peer.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.admitted = false;

                /**
                 * JoinResponse refusalReason.
                 * @member {string} refusalReason
                 * @memberof tessera.peer.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.refusalReason = "";

                /**
                 * JoinResponse message.
                 * @member {string} message
                 * @memberof tessera.peer.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.message = "";

                /**
                 * JoinResponse memberId.
                 * @member {number} memberId
                 * @memberof tessera.peer.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.memberId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * JoinResponse leaderHint.
                 * @member {string} leaderHint
                 * @memberof tessera.peer.v1.JoinResponse
                 * @instance
                 */
                JoinResponse.prototype.leaderHint = "";

                /**
                 * Creates a new JoinResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.JoinResponse
                 * @static
                 * @param {tessera.peer.v1.JoinResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.JoinResponse} JoinResponse instance
                 * @type {{
                 *   (properties: tessera.peer.v1.JoinResponse.$Shape): tessera.peer.v1.JoinResponse & tessera.peer.v1.JoinResponse.$Shape;
                 *   (properties?: tessera.peer.v1.JoinResponse.$Properties): tessera.peer.v1.JoinResponse;
                 * }}
                 */
                JoinResponse.create = function(properties) {
                    return new JoinResponse(properties);
                };

                /**
                 * Encodes the specified JoinResponse message. Does not implicitly {@link tessera.peer.v1.JoinResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.JoinResponse
                 * @static
                 * @param {tessera.peer.v1.JoinResponse.$Properties} message JoinResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.admitted != null && $Object.hasOwnProperty.call(message, "admitted") && message.admitted !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.admitted);
                    if (message.refusalReason != null && $Object.hasOwnProperty.call(message, "refusalReason") && message.refusalReason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.refusalReason);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && (typeof message.memberId === "object" ? message.memberId.low || message.memberId.high : message.memberId !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.memberId);
                    if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint") && message.leaderHint !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.leaderHint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified JoinResponse message, length delimited. Does not implicitly {@link tessera.peer.v1.JoinResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.JoinResponse
                 * @static
                 * @param {tessera.peer.v1.JoinResponse.$Properties} message JoinResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JoinResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a JoinResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.JoinResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.JoinResponse & tessera.peer.v1.JoinResponse.$Shape} JoinResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.JoinResponse();
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
                                    message.admitted = value;
                                else
                                    delete message.admitted;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.refusalReason = value;
                                else
                                    delete message.refusalReason;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.memberId = value;
                                else
                                    delete message.memberId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.leaderHint = value;
                                else
                                    delete message.leaderHint;
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
                 * Decodes a JoinResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.JoinResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.JoinResponse & tessera.peer.v1.JoinResponse.$Shape} JoinResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JoinResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a JoinResponse message.
                 * @function verify
                 * @memberof tessera.peer.v1.JoinResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                JoinResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.admitted != null && $Object.hasOwnProperty.call(message, "admitted"))
                        if (typeof message.admitted !== "boolean")
                            return "admitted: boolean expected";
                    if (message.refusalReason != null && $Object.hasOwnProperty.call(message, "refusalReason"))
                        if (!$util.isString(message.refusalReason))
                            return "refusalReason: string expected";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                        if (!$util.isInteger(message.memberId) && !(message.memberId && $util.isInteger(message.memberId.low) && $util.isInteger(message.memberId.high)))
                            return "memberId: integer|Long expected";
                    if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint"))
                        if (!$util.isString(message.leaderHint))
                            return "leaderHint: string expected";
                    return null;
                };

                /**
                 * Creates a JoinResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.JoinResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.JoinResponse} JoinResponse
                 */
                JoinResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.JoinResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.JoinResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.JoinResponse();
                    if (object.admitted != null)
                        if (object.admitted)
                            message.admitted = $Boolean(object.admitted);
                    if (object.refusalReason != null)
                        if (typeof object.refusalReason !== "string" || object.refusalReason.length)
                            message.refusalReason = $String(object.refusalReason);
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    if (object.memberId != null)
                        if (typeof object.memberId === "object" ? object.memberId.low || object.memberId.high : $Number(object.memberId) !== 0)
                            if ($util.Long)
                                message.memberId = $util.Long.fromValue(object.memberId, true);
                            else if (typeof object.memberId === "string")
                                message.memberId = $parseInt(object.memberId, 10);
                            else if (typeof object.memberId === "number")
                                message.memberId = object.memberId;
                            else if (typeof object.memberId === "object")
                                message.memberId = new $util.LongBits(object.memberId.low >>> 0, object.memberId.high >>> 0).toNumber(true);
                    if (object.leaderHint != null)
                        if (typeof object.leaderHint !== "string" || object.leaderHint.length)
                            message.leaderHint = $String(object.leaderHint);
                    return message;
                };

                /**
                 * Creates a plain object from a JoinResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.JoinResponse
                 * @static
                 * @param {tessera.peer.v1.JoinResponse} message JoinResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JoinResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.admitted = false;
                        object.refusalReason = "";
                        object.message = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.memberId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.memberId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.leaderHint = "";
                    }
                    if (message.admitted != null && $Object.hasOwnProperty.call(message, "admitted"))
                        object.admitted = message.admitted;
                    if (message.refusalReason != null && $Object.hasOwnProperty.call(message, "refusalReason"))
                        object.refusalReason = message.refusalReason;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memberId = typeof message.memberId === "number" ? $BigInt(message.memberId) : $util.Long.fromBits(message.memberId.low >>> 0, message.memberId.high >>> 0, true).toBigInt();
                        else if (typeof message.memberId === "number")
                            object.memberId = options.longs === $String ? $String(message.memberId) : message.memberId;
                        else
                            object.memberId = options.longs === $String ? $util.Long.prototype.toString.call(message.memberId) : options.longs === $Number ? new $util.LongBits(message.memberId.low >>> 0, message.memberId.high >>> 0).toNumber(true) : message.memberId;
                    if (message.leaderHint != null && $Object.hasOwnProperty.call(message, "leaderHint"))
                        object.leaderHint = message.leaderHint;
                    return object;
                };

                /**
                 * Converts this JoinResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.JoinResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JoinResponse.prototype.toJSON = function() {
                    return JoinResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for JoinResponse
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.JoinResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                JoinResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.JoinResponse";
                };

                return JoinResponse;
            })();

            v1.AttestRequest = (function() {

                /**
                 * Properties of an AttestRequest.
                 * @typedef {Object} tessera.peer.v1.AttestRequest.$Properties
                 * @property {Uint8Array|null} [nonce] AttestRequest nonce
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttestRequest.
                 * @memberof tessera.peer.v1
                 * @interface IAttestRequest
                 * @augments tessera.peer.v1.AttestRequest.$Properties
                 * @deprecated Use tessera.peer.v1.AttestRequest.$Properties instead.
                 */

                /**
                 * Shape of an AttestRequest.
                 * @typedef {tessera.peer.v1.AttestRequest.$Properties} tessera.peer.v1.AttestRequest.$Shape
                 */

                /**
                 * Constructs a new AttestRequest.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents an AttestRequest.
                 * @constructor
                 * @param {tessera.peer.v1.AttestRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttestRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AttestRequest nonce.
                 * @member {Uint8Array} nonce
                 * @memberof tessera.peer.v1.AttestRequest
                 * @instance
                 */
                AttestRequest.prototype.nonce = $util.newBuffer([]);

                /**
                 * Creates a new AttestRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.AttestRequest
                 * @static
                 * @param {tessera.peer.v1.AttestRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.AttestRequest} AttestRequest instance
                 * @type {{
                 *   (properties: tessera.peer.v1.AttestRequest.$Shape): tessera.peer.v1.AttestRequest & tessera.peer.v1.AttestRequest.$Shape;
                 *   (properties?: tessera.peer.v1.AttestRequest.$Properties): tessera.peer.v1.AttestRequest;
                 * }}
                 */
                AttestRequest.create = function(properties) {
                    return new AttestRequest(properties);
                };

                /**
                 * Encodes the specified AttestRequest message. Does not implicitly {@link tessera.peer.v1.AttestRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.AttestRequest
                 * @static
                 * @param {tessera.peer.v1.AttestRequest.$Properties} message AttestRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttestRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nonce);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AttestRequest message, length delimited. Does not implicitly {@link tessera.peer.v1.AttestRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.AttestRequest
                 * @static
                 * @param {tessera.peer.v1.AttestRequest.$Properties} message AttestRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttestRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttestRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.AttestRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.AttestRequest & tessera.peer.v1.AttestRequest.$Shape} AttestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttestRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.AttestRequest();
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
                                    message.nonce = value;
                                else
                                    delete message.nonce;
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
                 * Decodes an AttestRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.AttestRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.AttestRequest & tessera.peer.v1.AttestRequest.$Shape} AttestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttestRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttestRequest message.
                 * @function verify
                 * @memberof tessera.peer.v1.AttestRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttestRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                            return "nonce: buffer expected";
                    return null;
                };

                /**
                 * Creates an AttestRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.AttestRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.AttestRequest} AttestRequest
                 */
                AttestRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.AttestRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.AttestRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.AttestRequest();
                    if (object.nonce != null)
                        if (object.nonce.length)
                            if (typeof object.nonce === "string")
                                $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                            else if (object.nonce.length >= 0)
                                message.nonce = object.nonce;
                    return message;
                };

                /**
                 * Creates a plain object from an AttestRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.AttestRequest
                 * @static
                 * @param {tessera.peer.v1.AttestRequest} message AttestRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttestRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.nonce = "";
                        else {
                            object.nonce = [];
                            if (options.bytes !== $Array)
                                object.nonce = $util.newBuffer(object.nonce);
                        }
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                        object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                    return object;
                };

                /**
                 * Converts this AttestRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.AttestRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttestRequest.prototype.toJSON = function() {
                    return AttestRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttestRequest
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.AttestRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttestRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.AttestRequest";
                };

                return AttestRequest;
            })();

            v1.AttestResponse = (function() {

                /**
                 * Properties of an AttestResponse.
                 * @typedef {Object} tessera.peer.v1.AttestResponse.$Properties
                 * @property {Uint8Array|null} [quote] AttestResponse quote
                 * @property {Uint8Array|null} [nodePublicKey] AttestResponse nodePublicKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttestResponse.
                 * @memberof tessera.peer.v1
                 * @interface IAttestResponse
                 * @augments tessera.peer.v1.AttestResponse.$Properties
                 * @deprecated Use tessera.peer.v1.AttestResponse.$Properties instead.
                 */

                /**
                 * Shape of an AttestResponse.
                 * @typedef {tessera.peer.v1.AttestResponse.$Properties} tessera.peer.v1.AttestResponse.$Shape
                 */

                /**
                 * Constructs a new AttestResponse.
                 * @memberof tessera.peer.v1
                 * @classdesc Represents an AttestResponse.
                 * @constructor
                 * @param {tessera.peer.v1.AttestResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttestResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AttestResponse quote.
                 * @member {Uint8Array} quote
                 * @memberof tessera.peer.v1.AttestResponse
                 * @instance
                 */
                AttestResponse.prototype.quote = $util.newBuffer([]);

                /**
                 * AttestResponse nodePublicKey.
                 * @member {Uint8Array} nodePublicKey
                 * @memberof tessera.peer.v1.AttestResponse
                 * @instance
                 */
                AttestResponse.prototype.nodePublicKey = $util.newBuffer([]);

                /**
                 * Creates a new AttestResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.peer.v1.AttestResponse
                 * @static
                 * @param {tessera.peer.v1.AttestResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.peer.v1.AttestResponse} AttestResponse instance
                 * @type {{
                 *   (properties: tessera.peer.v1.AttestResponse.$Shape): tessera.peer.v1.AttestResponse & tessera.peer.v1.AttestResponse.$Shape;
                 *   (properties?: tessera.peer.v1.AttestResponse.$Properties): tessera.peer.v1.AttestResponse;
                 * }}
                 */
                AttestResponse.create = function(properties) {
                    return new AttestResponse(properties);
                };

                /**
                 * Encodes the specified AttestResponse message. Does not implicitly {@link tessera.peer.v1.AttestResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.peer.v1.AttestResponse
                 * @static
                 * @param {tessera.peer.v1.AttestResponse.$Properties} message AttestResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttestResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote") && message.quote.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.quote);
                    if (message.nodePublicKey != null && $Object.hasOwnProperty.call(message, "nodePublicKey") && message.nodePublicKey.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nodePublicKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AttestResponse message, length delimited. Does not implicitly {@link tessera.peer.v1.AttestResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.peer.v1.AttestResponse
                 * @static
                 * @param {tessera.peer.v1.AttestResponse.$Properties} message AttestResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttestResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttestResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.peer.v1.AttestResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.AttestResponse & tessera.peer.v1.AttestResponse.$Shape} AttestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttestResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.peer.v1.AttestResponse();
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
                                    message.quote = value;
                                else
                                    delete message.quote;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nodePublicKey = value;
                                else
                                    delete message.nodePublicKey;
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
                 * Decodes an AttestResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.peer.v1.AttestResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.AttestResponse & tessera.peer.v1.AttestResponse.$Shape} AttestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttestResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttestResponse message.
                 * @function verify
                 * @memberof tessera.peer.v1.AttestResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttestResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote"))
                        if (!(message.quote && typeof message.quote.length === "number" || $util.isString(message.quote)))
                            return "quote: buffer expected";
                    if (message.nodePublicKey != null && $Object.hasOwnProperty.call(message, "nodePublicKey"))
                        if (!(message.nodePublicKey && typeof message.nodePublicKey.length === "number" || $util.isString(message.nodePublicKey)))
                            return "nodePublicKey: buffer expected";
                    return null;
                };

                /**
                 * Creates an AttestResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.peer.v1.AttestResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.peer.v1.AttestResponse} AttestResponse
                 */
                AttestResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.peer.v1.AttestResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.peer.v1.AttestResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.peer.v1.AttestResponse();
                    if (object.quote != null)
                        if (object.quote.length)
                            if (typeof object.quote === "string")
                                $util.base64.decode(object.quote, message.quote = $util.newBuffer($util.base64.length(object.quote)), 0);
                            else if (object.quote.length >= 0)
                                message.quote = object.quote;
                    if (object.nodePublicKey != null)
                        if (object.nodePublicKey.length)
                            if (typeof object.nodePublicKey === "string")
                                $util.base64.decode(object.nodePublicKey, message.nodePublicKey = $util.newBuffer($util.base64.length(object.nodePublicKey)), 0);
                            else if (object.nodePublicKey.length >= 0)
                                message.nodePublicKey = object.nodePublicKey;
                    return message;
                };

                /**
                 * Creates a plain object from an AttestResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.peer.v1.AttestResponse
                 * @static
                 * @param {tessera.peer.v1.AttestResponse} message AttestResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttestResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.quote = "";
                        else {
                            object.quote = [];
                            if (options.bytes !== $Array)
                                object.quote = $util.newBuffer(object.quote);
                        }
                        if (options.bytes === $String)
                            object.nodePublicKey = "";
                        else {
                            object.nodePublicKey = [];
                            if (options.bytes !== $Array)
                                object.nodePublicKey = $util.newBuffer(object.nodePublicKey);
                        }
                    }
                    if (message.quote != null && $Object.hasOwnProperty.call(message, "quote"))
                        object.quote = options.bytes === $String ? $util.base64.encode(message.quote, 0, message.quote.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.quote) : message.quote;
                    if (message.nodePublicKey != null && $Object.hasOwnProperty.call(message, "nodePublicKey"))
                        object.nodePublicKey = options.bytes === $String ? $util.base64.encode(message.nodePublicKey, 0, message.nodePublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nodePublicKey) : message.nodePublicKey;
                    return object;
                };

                /**
                 * Converts this AttestResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.peer.v1.AttestResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttestResponse.prototype.toJSON = function() {
                    return AttestResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttestResponse
                 * @function getTypeUrl
                 * @memberof tessera.peer.v1.AttestResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttestResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.peer.v1.AttestResponse";
                };

                return AttestResponse;
            })();

            return v1;
        })();

        return peer;
    })();

    return tessera;
})();

export {
  $root as default
};
