/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["kv_v1"] || ($protobuf.roots["kv_v1"] = {});

export const tessera = $root.tessera = (() => {

    /**
     * Namespace tessera.
     * @exports tessera
     * @namespace
     */
    const tessera = {};

    tessera.kv = (function() {

        /**
         * Namespace kv.
         * @memberof tessera
         * @namespace
         */
        const kv = {};

        kv.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tessera.kv
             * @namespace
             */
            const v1 = {};

            v1.GetRequest = (function() {

                /**
                 * Properties of a GetRequest.
                 * @typedef {Object} tessera.kv.v1.GetRequest.$Properties
                 * @property {Uint8Array|null} [key] GetRequest key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetRequest.
                 * @memberof tessera.kv.v1
                 * @interface IGetRequest
                 * @augments tessera.kv.v1.GetRequest.$Properties
                 * @deprecated Use tessera.kv.v1.GetRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetRequest.
                 * @typedef {tessera.kv.v1.GetRequest.$Properties} tessera.kv.v1.GetRequest.$Shape
                 */

                /**
                 * Constructs a new GetRequest.
                 * @memberof tessera.kv.v1
                 * @classdesc Represents a GetRequest.
                 * @constructor
                 * @param {tessera.kv.v1.GetRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetRequest key.
                 * @member {Uint8Array} key
                 * @memberof tessera.kv.v1.GetRequest
                 * @instance
                 */
                GetRequest.prototype.key = $util.newBuffer([]);

                /**
                 * Creates a new GetRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.kv.v1.GetRequest
                 * @static
                 * @param {tessera.kv.v1.GetRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.kv.v1.GetRequest} GetRequest instance
                 * @type {{
                 *   (properties: tessera.kv.v1.GetRequest.$Shape): tessera.kv.v1.GetRequest & tessera.kv.v1.GetRequest.$Shape;
                 *   (properties?: tessera.kv.v1.GetRequest.$Properties): tessera.kv.v1.GetRequest;
                 * }}
                 */
                GetRequest.create = function(properties) {
                    return new GetRequest(properties);
                };

                /**
                 * Encodes the specified GetRequest message. Does not implicitly {@link tessera.kv.v1.GetRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.kv.v1.GetRequest
                 * @static
                 * @param {tessera.kv.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
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
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified GetRequest message, length delimited. Does not implicitly {@link tessera.kv.v1.GetRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.kv.v1.GetRequest
                 * @static
                 * @param {tessera.kv.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.kv.v1.GetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.GetRequest & tessera.kv.v1.GetRequest.$Shape} GetRequest
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
                    message = _target || new $root.tessera.kv.v1.GetRequest();
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
                 * @memberof tessera.kv.v1.GetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.GetRequest & tessera.kv.v1.GetRequest.$Shape} GetRequest
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
                 * @memberof tessera.kv.v1.GetRequest
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
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    return null;
                };

                /**
                 * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.kv.v1.GetRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.kv.v1.GetRequest} GetRequest
                 */
                GetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.kv.v1.GetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.kv.v1.GetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.kv.v1.GetRequest();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    return message;
                };

                /**
                 * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.kv.v1.GetRequest
                 * @static
                 * @param {tessera.kv.v1.GetRequest} message GetRequest
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
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    return object;
                };

                /**
                 * Converts this GetRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.kv.v1.GetRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetRequest.prototype.toJSON = function() {
                    return GetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetRequest
                 * @function getTypeUrl
                 * @memberof tessera.kv.v1.GetRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.kv.v1.GetRequest";
                };

                return GetRequest;
            })();

            v1.GetResponse = (function() {

                /**
                 * Properties of a GetResponse.
                 * @typedef {Object} tessera.kv.v1.GetResponse.$Properties
                 * @property {boolean|null} [found] GetResponse found
                 * @property {Uint8Array|null} [value] GetResponse value
                 * @property {number|null} [modIndex] GetResponse modIndex
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetResponse.
                 * @memberof tessera.kv.v1
                 * @interface IGetResponse
                 * @augments tessera.kv.v1.GetResponse.$Properties
                 * @deprecated Use tessera.kv.v1.GetResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetResponse.
                 * @typedef {tessera.kv.v1.GetResponse.$Properties} tessera.kv.v1.GetResponse.$Shape
                 */

                /**
                 * Constructs a new GetResponse.
                 * @memberof tessera.kv.v1
                 * @classdesc Represents a GetResponse.
                 * @constructor
                 * @param {tessera.kv.v1.GetResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetResponse found.
                 * @member {boolean} found
                 * @memberof tessera.kv.v1.GetResponse
                 * @instance
                 */
                GetResponse.prototype.found = false;

                /**
                 * GetResponse value.
                 * @member {Uint8Array} value
                 * @memberof tessera.kv.v1.GetResponse
                 * @instance
                 */
                GetResponse.prototype.value = $util.newBuffer([]);

                /**
                 * GetResponse modIndex.
                 * @member {number} modIndex
                 * @memberof tessera.kv.v1.GetResponse
                 * @instance
                 */
                GetResponse.prototype.modIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new GetResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.kv.v1.GetResponse
                 * @static
                 * @param {tessera.kv.v1.GetResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.kv.v1.GetResponse} GetResponse instance
                 * @type {{
                 *   (properties: tessera.kv.v1.GetResponse.$Shape): tessera.kv.v1.GetResponse & tessera.kv.v1.GetResponse.$Shape;
                 *   (properties?: tessera.kv.v1.GetResponse.$Properties): tessera.kv.v1.GetResponse;
                 * }}
                 */
                GetResponse.create = function(properties) {
                    return new GetResponse(properties);
                };

                /**
                 * Encodes the specified GetResponse message. Does not implicitly {@link tessera.kv.v1.GetResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.kv.v1.GetResponse
                 * @static
                 * @param {tessera.kv.v1.GetResponse.$Properties} message GetResponse message or plain object to encode
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
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.found);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                    if (message.modIndex != null && $Object.hasOwnProperty.call(message, "modIndex") && (typeof message.modIndex === "object" ? message.modIndex.low || message.modIndex.high : message.modIndex !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.modIndex);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified GetResponse message, length delimited. Does not implicitly {@link tessera.kv.v1.GetResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.kv.v1.GetResponse
                 * @static
                 * @param {tessera.kv.v1.GetResponse.$Properties} message GetResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.kv.v1.GetResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.GetResponse & tessera.kv.v1.GetResponse.$Shape} GetResponse
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
                    message = _target || new $root.tessera.kv.v1.GetResponse();
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
                                    message.found = value;
                                else
                                    delete message.found;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.modIndex = value;
                                else
                                    delete message.modIndex;
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
                 * @memberof tessera.kv.v1.GetResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.GetResponse & tessera.kv.v1.GetResponse.$Shape} GetResponse
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
                 * @memberof tessera.kv.v1.GetResponse
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
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                        if (typeof message.found !== "boolean")
                            return "found: boolean expected";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                            return "value: buffer expected";
                    if (message.modIndex != null && $Object.hasOwnProperty.call(message, "modIndex"))
                        if (!$util.isInteger(message.modIndex) && !(message.modIndex && $util.isInteger(message.modIndex.low) && $util.isInteger(message.modIndex.high)))
                            return "modIndex: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a GetResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.kv.v1.GetResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.kv.v1.GetResponse} GetResponse
                 */
                GetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.kv.v1.GetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.kv.v1.GetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.kv.v1.GetResponse();
                    if (object.found != null)
                        if (object.found)
                            message.found = $Boolean(object.found);
                    if (object.value != null)
                        if (object.value.length)
                            if (typeof object.value === "string")
                                $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                            else if (object.value.length >= 0)
                                message.value = object.value;
                    if (object.modIndex != null)
                        if (typeof object.modIndex === "object" ? object.modIndex.low || object.modIndex.high : $Number(object.modIndex) !== 0)
                            if ($util.Long)
                                message.modIndex = $util.Long.fromValue(object.modIndex, true);
                            else if (typeof object.modIndex === "string")
                                message.modIndex = $parseInt(object.modIndex, 10);
                            else if (typeof object.modIndex === "number")
                                message.modIndex = object.modIndex;
                            else if (typeof object.modIndex === "object")
                                message.modIndex = new $util.LongBits(object.modIndex.low >>> 0, object.modIndex.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a GetResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.kv.v1.GetResponse
                 * @static
                 * @param {tessera.kv.v1.GetResponse} message GetResponse
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
                        object.found = false;
                        if (options.bytes === $String)
                            object.value = "";
                        else {
                            object.value = [];
                            if (options.bytes !== $Array)
                                object.value = $util.newBuffer(object.value);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.modIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.modIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                        object.found = message.found;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                    if (message.modIndex != null && $Object.hasOwnProperty.call(message, "modIndex"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.modIndex = typeof message.modIndex === "number" ? $BigInt(message.modIndex) : $util.Long.fromBits(message.modIndex.low >>> 0, message.modIndex.high >>> 0, true).toBigInt();
                        else if (typeof message.modIndex === "number")
                            object.modIndex = options.longs === $String ? $String(message.modIndex) : message.modIndex;
                        else
                            object.modIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.modIndex) : options.longs === $Number ? new $util.LongBits(message.modIndex.low >>> 0, message.modIndex.high >>> 0).toNumber(true) : message.modIndex;
                    return object;
                };

                /**
                 * Converts this GetResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.kv.v1.GetResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetResponse.prototype.toJSON = function() {
                    return GetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetResponse
                 * @function getTypeUrl
                 * @memberof tessera.kv.v1.GetResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.kv.v1.GetResponse";
                };

                return GetResponse;
            })();

            v1.PutRequest = (function() {

                /**
                 * Properties of a PutRequest.
                 * @typedef {Object} tessera.kv.v1.PutRequest.$Properties
                 * @property {Uint8Array|null} [key] PutRequest key
                 * @property {Uint8Array|null} [value] PutRequest value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PutRequest.
                 * @memberof tessera.kv.v1
                 * @interface IPutRequest
                 * @augments tessera.kv.v1.PutRequest.$Properties
                 * @deprecated Use tessera.kv.v1.PutRequest.$Properties instead.
                 */

                /**
                 * Shape of a PutRequest.
                 * @typedef {tessera.kv.v1.PutRequest.$Properties} tessera.kv.v1.PutRequest.$Shape
                 */

                /**
                 * Constructs a new PutRequest.
                 * @memberof tessera.kv.v1
                 * @classdesc Represents a PutRequest.
                 * @constructor
                 * @param {tessera.kv.v1.PutRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PutRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PutRequest key.
                 * @member {Uint8Array} key
                 * @memberof tessera.kv.v1.PutRequest
                 * @instance
                 */
                PutRequest.prototype.key = $util.newBuffer([]);

                /**
                 * PutRequest value.
                 * @member {Uint8Array} value
                 * @memberof tessera.kv.v1.PutRequest
                 * @instance
                 */
                PutRequest.prototype.value = $util.newBuffer([]);

                /**
                 * Creates a new PutRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.kv.v1.PutRequest
                 * @static
                 * @param {tessera.kv.v1.PutRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.kv.v1.PutRequest} PutRequest instance
                 * @type {{
                 *   (properties: tessera.kv.v1.PutRequest.$Shape): tessera.kv.v1.PutRequest & tessera.kv.v1.PutRequest.$Shape;
                 *   (properties?: tessera.kv.v1.PutRequest.$Properties): tessera.kv.v1.PutRequest;
                 * }}
                 */
                PutRequest.create = function(properties) {
                    return new PutRequest(properties);
                };

                /**
                 * Encodes the specified PutRequest message. Does not implicitly {@link tessera.kv.v1.PutRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.kv.v1.PutRequest
                 * @static
                 * @param {tessera.kv.v1.PutRequest.$Properties} message PutRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PutRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PutRequest message, length delimited. Does not implicitly {@link tessera.kv.v1.PutRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.kv.v1.PutRequest
                 * @static
                 * @param {tessera.kv.v1.PutRequest.$Properties} message PutRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PutRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PutRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.kv.v1.PutRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.PutRequest & tessera.kv.v1.PutRequest.$Shape} PutRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PutRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.kv.v1.PutRequest();
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
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.value = value;
                                else
                                    delete message.value;
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
                 * Decodes a PutRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.kv.v1.PutRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.PutRequest & tessera.kv.v1.PutRequest.$Shape} PutRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PutRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PutRequest message.
                 * @function verify
                 * @memberof tessera.kv.v1.PutRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PutRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                            return "value: buffer expected";
                    return null;
                };

                /**
                 * Creates a PutRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.kv.v1.PutRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.kv.v1.PutRequest} PutRequest
                 */
                PutRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.kv.v1.PutRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.kv.v1.PutRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.kv.v1.PutRequest();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.value != null)
                        if (object.value.length)
                            if (typeof object.value === "string")
                                $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                            else if (object.value.length >= 0)
                                message.value = object.value;
                    return message;
                };

                /**
                 * Creates a plain object from a PutRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.kv.v1.PutRequest
                 * @static
                 * @param {tessera.kv.v1.PutRequest} message PutRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PutRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        if (options.bytes === $String)
                            object.value = "";
                        else {
                            object.value = [];
                            if (options.bytes !== $Array)
                                object.value = $util.newBuffer(object.value);
                        }
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                    return object;
                };

                /**
                 * Converts this PutRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.kv.v1.PutRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PutRequest.prototype.toJSON = function() {
                    return PutRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PutRequest
                 * @function getTypeUrl
                 * @memberof tessera.kv.v1.PutRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PutRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.kv.v1.PutRequest";
                };

                return PutRequest;
            })();

            v1.PutResponse = (function() {

                /**
                 * Properties of a PutResponse.
                 * @typedef {Object} tessera.kv.v1.PutResponse.$Properties
                 * @property {number|null} [index] PutResponse index
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PutResponse.
                 * @memberof tessera.kv.v1
                 * @interface IPutResponse
                 * @augments tessera.kv.v1.PutResponse.$Properties
                 * @deprecated Use tessera.kv.v1.PutResponse.$Properties instead.
                 */

                /**
                 * Shape of a PutResponse.
                 * @typedef {tessera.kv.v1.PutResponse.$Properties} tessera.kv.v1.PutResponse.$Shape
                 */

                /**
                 * Constructs a new PutResponse.
                 * @memberof tessera.kv.v1
                 * @classdesc Represents a PutResponse.
                 * @constructor
                 * @param {tessera.kv.v1.PutResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PutResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PutResponse index.
                 * @member {number} index
                 * @memberof tessera.kv.v1.PutResponse
                 * @instance
                 */
                PutResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PutResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.kv.v1.PutResponse
                 * @static
                 * @param {tessera.kv.v1.PutResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.kv.v1.PutResponse} PutResponse instance
                 * @type {{
                 *   (properties: tessera.kv.v1.PutResponse.$Shape): tessera.kv.v1.PutResponse & tessera.kv.v1.PutResponse.$Shape;
                 *   (properties?: tessera.kv.v1.PutResponse.$Properties): tessera.kv.v1.PutResponse;
                 * }}
                 */
                PutResponse.create = function(properties) {
                    return new PutResponse(properties);
                };

                /**
                 * Encodes the specified PutResponse message. Does not implicitly {@link tessera.kv.v1.PutResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.kv.v1.PutResponse
                 * @static
                 * @param {tessera.kv.v1.PutResponse.$Properties} message PutResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PutResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PutResponse message, length delimited. Does not implicitly {@link tessera.kv.v1.PutResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.kv.v1.PutResponse
                 * @static
                 * @param {tessera.kv.v1.PutResponse.$Properties} message PutResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PutResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PutResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.kv.v1.PutResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.PutResponse & tessera.kv.v1.PutResponse.$Shape} PutResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PutResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.kv.v1.PutResponse();
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
                 * Decodes a PutResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.kv.v1.PutResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.PutResponse & tessera.kv.v1.PutResponse.$Shape} PutResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PutResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PutResponse message.
                 * @function verify
                 * @memberof tessera.kv.v1.PutResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PutResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a PutResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.kv.v1.PutResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.kv.v1.PutResponse} PutResponse
                 */
                PutResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.kv.v1.PutResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.kv.v1.PutResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.kv.v1.PutResponse();
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
                 * Creates a plain object from a PutResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.kv.v1.PutResponse
                 * @static
                 * @param {tessera.kv.v1.PutResponse} message PutResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PutResponse.toObject = function (message, options, _depth) {
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
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
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
                 * Converts this PutResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.kv.v1.PutResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PutResponse.prototype.toJSON = function() {
                    return PutResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PutResponse
                 * @function getTypeUrl
                 * @memberof tessera.kv.v1.PutResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PutResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.kv.v1.PutResponse";
                };

                return PutResponse;
            })();

            v1.CasRequest = (function() {

                /**
                 * Properties of a CasRequest.
                 * @typedef {Object} tessera.kv.v1.CasRequest.$Properties
                 * @property {Uint8Array|null} [key] CasRequest key
                 * @property {boolean|null} [expectAbsent] CasRequest expectAbsent
                 * @property {Uint8Array|null} [expected] CasRequest expected
                 * @property {Uint8Array|null} [value] CasRequest value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CasRequest.
                 * @memberof tessera.kv.v1
                 * @interface ICasRequest
                 * @augments tessera.kv.v1.CasRequest.$Properties
                 * @deprecated Use tessera.kv.v1.CasRequest.$Properties instead.
                 */

                /**
                 * Shape of a CasRequest.
                 * @typedef {tessera.kv.v1.CasRequest.$Properties} tessera.kv.v1.CasRequest.$Shape
                 */

                /**
                 * Constructs a new CasRequest.
                 * @memberof tessera.kv.v1
                 * @classdesc Represents a CasRequest.
                 * @constructor
                 * @param {tessera.kv.v1.CasRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CasRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CasRequest key.
                 * @member {Uint8Array} key
                 * @memberof tessera.kv.v1.CasRequest
                 * @instance
                 */
                CasRequest.prototype.key = $util.newBuffer([]);

                /**
                 * CasRequest expectAbsent.
                 * @member {boolean} expectAbsent
                 * @memberof tessera.kv.v1.CasRequest
                 * @instance
                 */
                CasRequest.prototype.expectAbsent = false;

                /**
                 * CasRequest expected.
                 * @member {Uint8Array} expected
                 * @memberof tessera.kv.v1.CasRequest
                 * @instance
                 */
                CasRequest.prototype.expected = $util.newBuffer([]);

                /**
                 * CasRequest value.
                 * @member {Uint8Array} value
                 * @memberof tessera.kv.v1.CasRequest
                 * @instance
                 */
                CasRequest.prototype.value = $util.newBuffer([]);

                /**
                 * Creates a new CasRequest instance using the specified properties.
                 * @function create
                 * @memberof tessera.kv.v1.CasRequest
                 * @static
                 * @param {tessera.kv.v1.CasRequest.$Properties=} [properties] Properties to set
                 * @returns {tessera.kv.v1.CasRequest} CasRequest instance
                 * @type {{
                 *   (properties: tessera.kv.v1.CasRequest.$Shape): tessera.kv.v1.CasRequest & tessera.kv.v1.CasRequest.$Shape;
                 *   (properties?: tessera.kv.v1.CasRequest.$Properties): tessera.kv.v1.CasRequest;
                 * }}
                 */
                CasRequest.create = function(properties) {
                    return new CasRequest(properties);
                };

                /**
                 * Encodes the specified CasRequest message. Does not implicitly {@link tessera.kv.v1.CasRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.kv.v1.CasRequest
                 * @static
                 * @param {tessera.kv.v1.CasRequest.$Properties} message CasRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CasRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.expectAbsent != null && $Object.hasOwnProperty.call(message, "expectAbsent") && message.expectAbsent !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.expectAbsent);
                    if (message.expected != null && $Object.hasOwnProperty.call(message, "expected") && message.expected.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.expected);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CasRequest message, length delimited. Does not implicitly {@link tessera.kv.v1.CasRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.kv.v1.CasRequest
                 * @static
                 * @param {tessera.kv.v1.CasRequest.$Properties} message CasRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CasRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CasRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.kv.v1.CasRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.CasRequest & tessera.kv.v1.CasRequest.$Shape} CasRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CasRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.kv.v1.CasRequest();
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
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.expectAbsent = value;
                                else
                                    delete message.expectAbsent;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.expected = value;
                                else
                                    delete message.expected;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.value = value;
                                else
                                    delete message.value;
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
                 * Decodes a CasRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.kv.v1.CasRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.CasRequest & tessera.kv.v1.CasRequest.$Shape} CasRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CasRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CasRequest message.
                 * @function verify
                 * @memberof tessera.kv.v1.CasRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CasRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.expectAbsent != null && $Object.hasOwnProperty.call(message, "expectAbsent"))
                        if (typeof message.expectAbsent !== "boolean")
                            return "expectAbsent: boolean expected";
                    if (message.expected != null && $Object.hasOwnProperty.call(message, "expected"))
                        if (!(message.expected && typeof message.expected.length === "number" || $util.isString(message.expected)))
                            return "expected: buffer expected";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                            return "value: buffer expected";
                    return null;
                };

                /**
                 * Creates a CasRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.kv.v1.CasRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.kv.v1.CasRequest} CasRequest
                 */
                CasRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.kv.v1.CasRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.kv.v1.CasRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.kv.v1.CasRequest();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.expectAbsent != null)
                        if (object.expectAbsent)
                            message.expectAbsent = $Boolean(object.expectAbsent);
                    if (object.expected != null)
                        if (object.expected.length)
                            if (typeof object.expected === "string")
                                $util.base64.decode(object.expected, message.expected = $util.newBuffer($util.base64.length(object.expected)), 0);
                            else if (object.expected.length >= 0)
                                message.expected = object.expected;
                    if (object.value != null)
                        if (object.value.length)
                            if (typeof object.value === "string")
                                $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                            else if (object.value.length >= 0)
                                message.value = object.value;
                    return message;
                };

                /**
                 * Creates a plain object from a CasRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.kv.v1.CasRequest
                 * @static
                 * @param {tessera.kv.v1.CasRequest} message CasRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CasRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        object.expectAbsent = false;
                        if (options.bytes === $String)
                            object.expected = "";
                        else {
                            object.expected = [];
                            if (options.bytes !== $Array)
                                object.expected = $util.newBuffer(object.expected);
                        }
                        if (options.bytes === $String)
                            object.value = "";
                        else {
                            object.value = [];
                            if (options.bytes !== $Array)
                                object.value = $util.newBuffer(object.value);
                        }
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.expectAbsent != null && $Object.hasOwnProperty.call(message, "expectAbsent"))
                        object.expectAbsent = message.expectAbsent;
                    if (message.expected != null && $Object.hasOwnProperty.call(message, "expected"))
                        object.expected = options.bytes === $String ? $util.base64.encode(message.expected, 0, message.expected.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.expected) : message.expected;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                    return object;
                };

                /**
                 * Converts this CasRequest to JSON.
                 * @function toJSON
                 * @memberof tessera.kv.v1.CasRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CasRequest.prototype.toJSON = function() {
                    return CasRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CasRequest
                 * @function getTypeUrl
                 * @memberof tessera.kv.v1.CasRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CasRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.kv.v1.CasRequest";
                };

                return CasRequest;
            })();

            v1.CasResponse = (function() {

                /**
                 * Properties of a CasResponse.
                 * @typedef {Object} tessera.kv.v1.CasResponse.$Properties
                 * @property {boolean|null} [swapped] CasResponse swapped
                 * @property {boolean|null} [found] CasResponse found
                 * @property {Uint8Array|null} [current] CasResponse current
                 * @property {number|null} [index] CasResponse index
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CasResponse.
                 * @memberof tessera.kv.v1
                 * @interface ICasResponse
                 * @augments tessera.kv.v1.CasResponse.$Properties
                 * @deprecated Use tessera.kv.v1.CasResponse.$Properties instead.
                 */

                /**
                 * Shape of a CasResponse.
                 * @typedef {tessera.kv.v1.CasResponse.$Properties} tessera.kv.v1.CasResponse.$Shape
                 */

                /**
                 * Constructs a new CasResponse.
                 * @memberof tessera.kv.v1
                 * @classdesc Represents a CasResponse.
                 * @constructor
                 * @param {tessera.kv.v1.CasResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CasResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CasResponse swapped.
                 * @member {boolean} swapped
                 * @memberof tessera.kv.v1.CasResponse
                 * @instance
                 */
                CasResponse.prototype.swapped = false;

                /**
                 * CasResponse found.
                 * @member {boolean} found
                 * @memberof tessera.kv.v1.CasResponse
                 * @instance
                 */
                CasResponse.prototype.found = false;

                /**
                 * CasResponse current.
                 * @member {Uint8Array} current
                 * @memberof tessera.kv.v1.CasResponse
                 * @instance
                 */
                CasResponse.prototype.current = $util.newBuffer([]);

                /**
                 * CasResponse index.
                 * @member {number} index
                 * @memberof tessera.kv.v1.CasResponse
                 * @instance
                 */
                CasResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CasResponse instance using the specified properties.
                 * @function create
                 * @memberof tessera.kv.v1.CasResponse
                 * @static
                 * @param {tessera.kv.v1.CasResponse.$Properties=} [properties] Properties to set
                 * @returns {tessera.kv.v1.CasResponse} CasResponse instance
                 * @type {{
                 *   (properties: tessera.kv.v1.CasResponse.$Shape): tessera.kv.v1.CasResponse & tessera.kv.v1.CasResponse.$Shape;
                 *   (properties?: tessera.kv.v1.CasResponse.$Properties): tessera.kv.v1.CasResponse;
                 * }}
                 */
                CasResponse.create = function(properties) {
                    return new CasResponse(properties);
                };

                /**
                 * Encodes the specified CasResponse message. Does not implicitly {@link tessera.kv.v1.CasResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tessera.kv.v1.CasResponse
                 * @static
                 * @param {tessera.kv.v1.CasResponse.$Properties} message CasResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CasResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.swapped != null && $Object.hasOwnProperty.call(message, "swapped") && message.swapped !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.swapped);
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.found);
                    if (message.current != null && $Object.hasOwnProperty.call(message, "current") && message.current.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.current);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified CasResponse message, length delimited. Does not implicitly {@link tessera.kv.v1.CasResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tessera.kv.v1.CasResponse
                 * @static
                 * @param {tessera.kv.v1.CasResponse.$Properties} message CasResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CasResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CasResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tessera.kv.v1.CasResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.CasResponse & tessera.kv.v1.CasResponse.$Shape} CasResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CasResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tessera.kv.v1.CasResponse();
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
                                    message.swapped = value;
                                else
                                    delete message.swapped;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.found = value;
                                else
                                    delete message.found;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.current = value;
                                else
                                    delete message.current;
                                continue;
                            }
                        case 4: {
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
                 * Decodes a CasResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tessera.kv.v1.CasResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.CasResponse & tessera.kv.v1.CasResponse.$Shape} CasResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CasResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CasResponse message.
                 * @function verify
                 * @memberof tessera.kv.v1.CasResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CasResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.swapped != null && $Object.hasOwnProperty.call(message, "swapped"))
                        if (typeof message.swapped !== "boolean")
                            return "swapped: boolean expected";
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                        if (typeof message.found !== "boolean")
                            return "found: boolean expected";
                    if (message.current != null && $Object.hasOwnProperty.call(message, "current"))
                        if (!(message.current && typeof message.current.length === "number" || $util.isString(message.current)))
                            return "current: buffer expected";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a CasResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tessera.kv.v1.CasResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {tessera.kv.v1.CasResponse} CasResponse
                 */
                CasResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.tessera.kv.v1.CasResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".tessera.kv.v1.CasResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.tessera.kv.v1.CasResponse();
                    if (object.swapped != null)
                        if (object.swapped)
                            message.swapped = $Boolean(object.swapped);
                    if (object.found != null)
                        if (object.found)
                            message.found = $Boolean(object.found);
                    if (object.current != null)
                        if (object.current.length)
                            if (typeof object.current === "string")
                                $util.base64.decode(object.current, message.current = $util.newBuffer($util.base64.length(object.current)), 0);
                            else if (object.current.length >= 0)
                                message.current = object.current;
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
                 * Creates a plain object from a CasResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tessera.kv.v1.CasResponse
                 * @static
                 * @param {tessera.kv.v1.CasResponse} message CasResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CasResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.swapped = false;
                        object.found = false;
                        if (options.bytes === $String)
                            object.current = "";
                        else {
                            object.current = [];
                            if (options.bytes !== $Array)
                                object.current = $util.newBuffer(object.current);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.swapped != null && $Object.hasOwnProperty.call(message, "swapped"))
                        object.swapped = message.swapped;
                    if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                        object.found = message.found;
                    if (message.current != null && $Object.hasOwnProperty.call(message, "current"))
                        object.current = options.bytes === $String ? $util.base64.encode(message.current, 0, message.current.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.current) : message.current;
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
                 * Converts this CasResponse to JSON.
                 * @function toJSON
                 * @memberof tessera.kv.v1.CasResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CasResponse.prototype.toJSON = function() {
                    return CasResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CasResponse
                 * @function getTypeUrl
                 * @memberof tessera.kv.v1.CasResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CasResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tessera.kv.v1.CasResponse";
                };

                return CasResponse;
            })();

            return v1;
        })();

        return kv;
    })();

    return tessera;
})();

export {
  $root as default
};
