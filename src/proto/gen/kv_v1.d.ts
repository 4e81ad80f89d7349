import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace tessera. */
export namespace tessera {

    /** Namespace kv. */
    namespace kv {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a GetRequest.
             * @deprecated Use tessera.kv.v1.GetRequest.$Properties instead.
             */
            interface IGetRequest extends tessera.kv.v1.GetRequest.$Properties {
            }

            /** Represents a GetRequest. */
            class GetRequest {

                /**
                 * Constructs a new GetRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.kv.v1.GetRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetRequest key. */
                key: Uint8Array;

                /**
                 * Creates a new GetRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetRequest instance
                 */
                static create(properties: tessera.kv.v1.GetRequest.$Shape): tessera.kv.v1.GetRequest & tessera.kv.v1.GetRequest.$Shape;
                static create(properties?: tessera.kv.v1.GetRequest.$Properties): tessera.kv.v1.GetRequest;

                /**
                 * Encodes the specified GetRequest message. Does not implicitly {@link tessera.kv.v1.GetRequest.verify|verify} messages.
                 * @param message GetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.kv.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetRequest message, length delimited. Does not implicitly {@link tessera.kv.v1.GetRequest.verify|verify} messages.
                 * @param message GetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.kv.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.GetRequest & tessera.kv.v1.GetRequest.$Shape} GetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.v1.GetRequest & tessera.kv.v1.GetRequest.$Shape;

                /**
                 * Decodes a GetRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.GetRequest & tessera.kv.v1.GetRequest.$Shape} GetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.kv.v1.GetRequest & tessera.kv.v1.GetRequest.$Shape;

                /**
                 * Verifies a GetRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.kv.v1.GetRequest;

                /**
                 * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
                 * @param message GetRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.kv.v1.GetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetRequest {

                /** Properties of a GetRequest. */
                interface $Properties {

                    /** GetRequest key */
                    key?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetRequest. */
                type $Shape = tessera.kv.v1.GetRequest.$Properties;
            }

            /**
             * Properties of a GetResponse.
             * @deprecated Use tessera.kv.v1.GetResponse.$Properties instead.
             */
            interface IGetResponse extends tessera.kv.v1.GetResponse.$Properties {
            }

            /** Represents a GetResponse. */
            class GetResponse {

                /**
                 * Constructs a new GetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.kv.v1.GetResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetResponse found. */
                found: boolean;

                /** GetResponse value. */
                value: Uint8Array;

                /** GetResponse modIndex. */
                modIndex: number;

                /**
                 * Creates a new GetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetResponse instance
                 */
                static create(properties: tessera.kv.v1.GetResponse.$Shape): tessera.kv.v1.GetResponse & tessera.kv.v1.GetResponse.$Shape;
                static create(properties?: tessera.kv.v1.GetResponse.$Properties): tessera.kv.v1.GetResponse;

                /**
                 * Encodes the specified GetResponse message. Does not implicitly {@link tessera.kv.v1.GetResponse.verify|verify} messages.
                 * @param message GetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.kv.v1.GetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetResponse message, length delimited. Does not implicitly {@link tessera.kv.v1.GetResponse.verify|verify} messages.
                 * @param message GetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.kv.v1.GetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.GetResponse & tessera.kv.v1.GetResponse.$Shape} GetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.v1.GetResponse & tessera.kv.v1.GetResponse.$Shape;

                /**
                 * Decodes a GetResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.GetResponse & tessera.kv.v1.GetResponse.$Shape} GetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.kv.v1.GetResponse & tessera.kv.v1.GetResponse.$Shape;

                /**
                 * Verifies a GetResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.kv.v1.GetResponse;

                /**
                 * Creates a plain object from a GetResponse message. Also converts values to other types if specified.
                 * @param message GetResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.kv.v1.GetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetResponse {

                /** Properties of a GetResponse. */
                interface $Properties {

                    /** GetResponse found */
                    found?: (boolean|null);

                    /** GetResponse value */
                    value?: (Uint8Array|null);

                    /** GetResponse modIndex */
                    modIndex?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetResponse. */
                type $Shape = tessera.kv.v1.GetResponse.$Properties;
            }

            /**
             * Properties of a PutRequest.
             * @deprecated Use tessera.kv.v1.PutRequest.$Properties instead.
             */
            interface IPutRequest extends tessera.kv.v1.PutRequest.$Properties {
            }

            /** Represents a PutRequest. */
            class PutRequest {

                /**
                 * Constructs a new PutRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.kv.v1.PutRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PutRequest key. */
                key: Uint8Array;

                /** PutRequest value. */
                value: Uint8Array;

                /**
                 * Creates a new PutRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PutRequest instance
                 */
                static create(properties: tessera.kv.v1.PutRequest.$Shape): tessera.kv.v1.PutRequest & tessera.kv.v1.PutRequest.$Shape;
                static create(properties?: tessera.kv.v1.PutRequest.$Properties): tessera.kv.v1.PutRequest;

                /**
                 * Encodes the specified PutRequest message. Does not implicitly {@link tessera.kv.v1.PutRequest.verify|verify} messages.
                 * @param message PutRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.kv.v1.PutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PutRequest message, length delimited. Does not implicitly {@link tessera.kv.v1.PutRequest.verify|verify} messages.
                 * @param message PutRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.kv.v1.PutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PutRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.PutRequest & tessera.kv.v1.PutRequest.$Shape} PutRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.v1.PutRequest & tessera.kv.v1.PutRequest.$Shape;

                /**
                 * Decodes a PutRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.PutRequest & tessera.kv.v1.PutRequest.$Shape} PutRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.kv.v1.PutRequest & tessera.kv.v1.PutRequest.$Shape;

                /**
                 * Verifies a PutRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PutRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PutRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.kv.v1.PutRequest;

                /**
                 * Creates a plain object from a PutRequest message. Also converts values to other types if specified.
                 * @param message PutRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.kv.v1.PutRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PutRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PutRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PutRequest {

                /** Properties of a PutRequest. */
                interface $Properties {

                    /** PutRequest key */
                    key?: (Uint8Array|null);

                    /** PutRequest value */
                    value?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PutRequest. */
                type $Shape = tessera.kv.v1.PutRequest.$Properties;
            }

            /**
             * Properties of a PutResponse.
             * @deprecated Use tessera.kv.v1.PutResponse.$Properties instead.
             */
            interface IPutResponse extends tessera.kv.v1.PutResponse.$Properties {
            }

            /** Represents a PutResponse. */
            class PutResponse {

                /**
                 * Constructs a new PutResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.kv.v1.PutResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PutResponse index. */
                index: number;

                /**
                 * Creates a new PutResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PutResponse instance
                 */
                static create(properties: tessera.kv.v1.PutResponse.$Shape): tessera.kv.v1.PutResponse & tessera.kv.v1.PutResponse.$Shape;
                static create(properties?: tessera.kv.v1.PutResponse.$Properties): tessera.kv.v1.PutResponse;

                /**
                 * Encodes the specified PutResponse message. Does not implicitly {@link tessera.kv.v1.PutResponse.verify|verify} messages.
                 * @param message PutResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.kv.v1.PutResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PutResponse message, length delimited. Does not implicitly {@link tessera.kv.v1.PutResponse.verify|verify} messages.
                 * @param message PutResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.kv.v1.PutResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PutResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.PutResponse & tessera.kv.v1.PutResponse.$Shape} PutResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.v1.PutResponse & tessera.kv.v1.PutResponse.$Shape;

                /**
                 * Decodes a PutResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.PutResponse & tessera.kv.v1.PutResponse.$Shape} PutResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.kv.v1.PutResponse & tessera.kv.v1.PutResponse.$Shape;

                /**
                 * Verifies a PutResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PutResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PutResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.kv.v1.PutResponse;

                /**
                 * Creates a plain object from a PutResponse message. Also converts values to other types if specified.
                 * @param message PutResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.kv.v1.PutResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PutResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PutResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PutResponse {

                /** Properties of a PutResponse. */
                interface $Properties {

                    /** PutResponse index */
                    index?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PutResponse. */
                type $Shape = tessera.kv.v1.PutResponse.$Properties;
            }

            /**
             * Properties of a CasRequest.
             * @deprecated Use tessera.kv.v1.CasRequest.$Properties instead.
             */
            interface ICasRequest extends tessera.kv.v1.CasRequest.$Properties {
            }

            /** Represents a CasRequest. */
            class CasRequest {

                /**
                 * Constructs a new CasRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.kv.v1.CasRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CasRequest key. */
                key: Uint8Array;

                /** CasRequest expectAbsent. */
                expectAbsent: boolean;

                /** CasRequest expected. */
                expected: Uint8Array;

                /** CasRequest value. */
                value: Uint8Array;

                /**
                 * Creates a new CasRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CasRequest instance
                 */
                static create(properties: tessera.kv.v1.CasRequest.$Shape): tessera.kv.v1.CasRequest & tessera.kv.v1.CasRequest.$Shape;
                static create(properties?: tessera.kv.v1.CasRequest.$Properties): tessera.kv.v1.CasRequest;

                /**
                 * Encodes the specified CasRequest message. Does not implicitly {@link tessera.kv.v1.CasRequest.verify|verify} messages.
                 * @param message CasRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.kv.v1.CasRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CasRequest message, length delimited. Does not implicitly {@link tessera.kv.v1.CasRequest.verify|verify} messages.
                 * @param message CasRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.kv.v1.CasRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CasRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.CasRequest & tessera.kv.v1.CasRequest.$Shape} CasRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.v1.CasRequest & tessera.kv.v1.CasRequest.$Shape;

                /**
                 * Decodes a CasRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.CasRequest & tessera.kv.v1.CasRequest.$Shape} CasRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.kv.v1.CasRequest & tessera.kv.v1.CasRequest.$Shape;

                /**
                 * Verifies a CasRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CasRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CasRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.kv.v1.CasRequest;

                /**
                 * Creates a plain object from a CasRequest message. Also converts values to other types if specified.
                 * @param message CasRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.kv.v1.CasRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CasRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CasRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CasRequest {

                /** Properties of a CasRequest. */
                interface $Properties {

                    /** CasRequest key */
                    key?: (Uint8Array|null);

                    /** CasRequest expectAbsent */
                    expectAbsent?: (boolean|null);

                    /** CasRequest expected */
                    expected?: (Uint8Array|null);

                    /** CasRequest value */
                    value?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CasRequest. */
                type $Shape = tessera.kv.v1.CasRequest.$Properties;
            }

            /**
             * Properties of a CasResponse.
             * @deprecated Use tessera.kv.v1.CasResponse.$Properties instead.
             */
            interface ICasResponse extends tessera.kv.v1.CasResponse.$Properties {
            }

            /** Represents a CasResponse. */
            class CasResponse {

                /**
                 * Constructs a new CasResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.kv.v1.CasResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CasResponse swapped. */
                swapped: boolean;

                /** CasResponse found. */
                found: boolean;

                /** CasResponse current. */
                current: Uint8Array;

                /** CasResponse index. */
                index: number;

                /**
                 * Creates a new CasResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CasResponse instance
                 */
                static create(properties: tessera.kv.v1.CasResponse.$Shape): tessera.kv.v1.CasResponse & tessera.kv.v1.CasResponse.$Shape;
                static create(properties?: tessera.kv.v1.CasResponse.$Properties): tessera.kv.v1.CasResponse;

                /**
                 * Encodes the specified CasResponse message. Does not implicitly {@link tessera.kv.v1.CasResponse.verify|verify} messages.
                 * @param message CasResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.kv.v1.CasResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CasResponse message, length delimited. Does not implicitly {@link tessera.kv.v1.CasResponse.verify|verify} messages.
                 * @param message CasResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.kv.v1.CasResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CasResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.kv.v1.CasResponse & tessera.kv.v1.CasResponse.$Shape} CasResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.kv.v1.CasResponse & tessera.kv.v1.CasResponse.$Shape;

                /**
                 * Decodes a CasResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.kv.v1.CasResponse & tessera.kv.v1.CasResponse.$Shape} CasResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.kv.v1.CasResponse & tessera.kv.v1.CasResponse.$Shape;

                /**
                 * Verifies a CasResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CasResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CasResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.kv.v1.CasResponse;

                /**
                 * Creates a plain object from a CasResponse message. Also converts values to other types if specified.
                 * @param message CasResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.kv.v1.CasResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CasResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CasResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CasResponse {

                /** Properties of a CasResponse. */
                interface $Properties {

                    /** CasResponse swapped */
                    swapped?: (boolean|null);

                    /** CasResponse found */
                    found?: (boolean|null);

                    /** CasResponse current */
                    current?: (Uint8Array|null);

                    /** CasResponse index */
                    index?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CasResponse. */
                type $Shape = tessera.kv.v1.CasResponse.$Properties;
            }
        }
    }
}
