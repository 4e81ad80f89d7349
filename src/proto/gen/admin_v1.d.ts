import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace tessera. */
export namespace tessera {

    /** Namespace admin. */
    namespace admin {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Attestation.
             * @deprecated Use tessera.admin.v1.Attestation.$Properties instead.
             */
            interface IAttestation extends tessera.admin.v1.Attestation.$Properties {
            }

            /** Represents an Attestation. */
            class Attestation {

                /**
                 * Constructs a new Attestation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.Attestation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Attestation mrTd. */
                mrTd: string;

                /** Attestation tcbStatus. */
                tcbStatus: string;

                /** Attestation quoteDigest. */
                quoteDigest: string;

                /** Attestation verifiedAtMs. */
                verifiedAtMs: number;

                /** Attestation simulated. */
                simulated: boolean;

                /**
                 * Creates a new Attestation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Attestation instance
                 */
                static create(properties: tessera.admin.v1.Attestation.$Shape): tessera.admin.v1.Attestation & tessera.admin.v1.Attestation.$Shape;
                static create(properties?: tessera.admin.v1.Attestation.$Properties): tessera.admin.v1.Attestation;

                /**
                 * Encodes the specified Attestation message. Does not implicitly {@link tessera.admin.v1.Attestation.verify|verify} messages.
                 * @param message Attestation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.Attestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Attestation message, length delimited. Does not implicitly {@link tessera.admin.v1.Attestation.verify|verify} messages.
                 * @param message Attestation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.Attestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Attestation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.Attestation & tessera.admin.v1.Attestation.$Shape} Attestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.Attestation & tessera.admin.v1.Attestation.$Shape;

                /**
                 * Decodes an Attestation message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.Attestation & tessera.admin.v1.Attestation.$Shape} Attestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.Attestation & tessera.admin.v1.Attestation.$Shape;

                /**
                 * Verifies an Attestation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Attestation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Attestation
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.Attestation;

                /**
                 * Creates a plain object from an Attestation message. Also converts values to other types if specified.
                 * @param message Attestation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.Attestation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Attestation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Attestation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Attestation {

                /** Properties of an Attestation. */
                interface $Properties {

                    /** Attestation mrTd */
                    mrTd?: (string|null);

                    /** Attestation tcbStatus */
                    tcbStatus?: (string|null);

                    /** Attestation quoteDigest */
                    quoteDigest?: (string|null);

                    /** Attestation verifiedAtMs */
                    verifiedAtMs?: (number|null);

                    /** Attestation simulated */
                    simulated?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Attestation. */
                type $Shape = tessera.admin.v1.Attestation.$Properties;
            }

            /**
             * Properties of a Reattestation.
             * @deprecated Use tessera.admin.v1.Reattestation.$Properties instead.
             */
            interface IReattestation extends tessera.admin.v1.Reattestation.$Properties {
            }

            /** Represents a Reattestation. */
            class Reattestation {

                /**
                 * Constructs a new Reattestation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.Reattestation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Reattestation atMs. */
                atMs: number;

                /** Reattestation verdict. */
                verdict: string;

                /** Reattestation attested. */
                attested: boolean;

                /** Reattestation reason. */
                reason: string;

                /** Reattestation mrTd. */
                mrTd: string;

                /** Reattestation tcbStatus. */
                tcbStatus: string;

                /**
                 * Creates a new Reattestation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reattestation instance
                 */
                static create(properties: tessera.admin.v1.Reattestation.$Shape): tessera.admin.v1.Reattestation & tessera.admin.v1.Reattestation.$Shape;
                static create(properties?: tessera.admin.v1.Reattestation.$Properties): tessera.admin.v1.Reattestation;

                /**
                 * Encodes the specified Reattestation message. Does not implicitly {@link tessera.admin.v1.Reattestation.verify|verify} messages.
                 * @param message Reattestation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.Reattestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Reattestation message, length delimited. Does not implicitly {@link tessera.admin.v1.Reattestation.verify|verify} messages.
                 * @param message Reattestation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.Reattestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reattestation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.Reattestation & tessera.admin.v1.Reattestation.$Shape} Reattestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.Reattestation & tessera.admin.v1.Reattestation.$Shape;

                /**
                 * Decodes a Reattestation message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.Reattestation & tessera.admin.v1.Reattestation.$Shape} Reattestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.Reattestation & tessera.admin.v1.Reattestation.$Shape;

                /**
                 * Verifies a Reattestation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Reattestation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Reattestation
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.Reattestation;

                /**
                 * Creates a plain object from a Reattestation message. Also converts values to other types if specified.
                 * @param message Reattestation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.Reattestation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Reattestation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Reattestation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Reattestation {

                /** Properties of a Reattestation. */
                interface $Properties {

                    /** Reattestation atMs */
                    atMs?: (number|null);

                    /** Reattestation verdict */
                    verdict?: (string|null);

                    /** Reattestation attested */
                    attested?: (boolean|null);

                    /** Reattestation reason */
                    reason?: (string|null);

                    /** Reattestation mrTd */
                    mrTd?: (string|null);

                    /** Reattestation tcbStatus */
                    tcbStatus?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Reattestation. */
                type $Shape = tessera.admin.v1.Reattestation.$Properties;
            }

            /**
             * Properties of a Member.
             * @deprecated Use tessera.admin.v1.Member.$Properties instead.
             */
            interface IMember extends tessera.admin.v1.Member.$Properties {
            }

            /** Represents a Member. */
            class Member {

                /**
                 * Constructs a new Member.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.Member.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Member id. */
                id: number;

                /** Member address. */
                address: string;

                /** Member keyId. */
                keyId: string;

                /** Member role. */
                role: string;

                /** Member attestation. */
                attestation?: (tessera.admin.v1.Attestation.$Properties|null);

                /** Member matchIndex. */
                matchIndex: number;

                /** Member clientAddress. */
                clientAddress: string;

                /** Member reattestation. */
                reattestation?: (tessera.admin.v1.Reattestation.$Properties|null);

                /**
                 * Creates a new Member instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Member instance
                 */
                static create(properties: tessera.admin.v1.Member.$Shape): tessera.admin.v1.Member & tessera.admin.v1.Member.$Shape;
                static create(properties?: tessera.admin.v1.Member.$Properties): tessera.admin.v1.Member;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link tessera.admin.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Member message, length delimited. Does not implicitly {@link tessera.admin.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.Member & tessera.admin.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.Member & tessera.admin.v1.Member.$Shape;

                /**
                 * Decodes a Member message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.Member & tessera.admin.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.Member & tessera.admin.v1.Member.$Shape;

                /**
                 * Verifies a Member message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Member
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.Member;

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @param message Member
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Member to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Member
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Member {

                /** Properties of a Member. */
                interface $Properties {

                    /** Member id */
                    id?: (number|null);

                    /** Member address */
                    address?: (string|null);

                    /** Member keyId */
                    keyId?: (string|null);

                    /** Member role */
                    role?: (string|null);

                    /** Member attestation */
                    attestation?: (tessera.admin.v1.Attestation.$Properties|null);

                    /** Member matchIndex */
                    matchIndex?: (number|null);

                    /** Member clientAddress */
                    clientAddress?: (string|null);

                    /** Member reattestation */
                    reattestation?: (tessera.admin.v1.Reattestation.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Member. */
                type $Shape = tessera.admin.v1.Member.$Properties;
            }

            /**
             * Properties of a StatusRequest.
             * @deprecated Use tessera.admin.v1.StatusRequest.$Properties instead.
             */
            interface IStatusRequest extends tessera.admin.v1.StatusRequest.$Properties {
            }

            /** Represents a StatusRequest. */
            class StatusRequest {

                /**
                 * Constructs a new StatusRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.StatusRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new StatusRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusRequest instance
                 */
                static create(properties: tessera.admin.v1.StatusRequest.$Shape): tessera.admin.v1.StatusRequest & tessera.admin.v1.StatusRequest.$Shape;
                static create(properties?: tessera.admin.v1.StatusRequest.$Properties): tessera.admin.v1.StatusRequest;

                /**
                 * Encodes the specified StatusRequest message. Does not implicitly {@link tessera.admin.v1.StatusRequest.verify|verify} messages.
                 * @param message StatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.StatusRequest.verify|verify} messages.
                 * @param message StatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.StatusRequest & tessera.admin.v1.StatusRequest.$Shape} StatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.StatusRequest & tessera.admin.v1.StatusRequest.$Shape;

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.StatusRequest & tessera.admin.v1.StatusRequest.$Shape} StatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.StatusRequest & tessera.admin.v1.StatusRequest.$Shape;

                /**
                 * Verifies a StatusRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatusRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.StatusRequest;

                /**
                 * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
                 * @param message StatusRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatusRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StatusRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatusRequest {

                /** Properties of a StatusRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusRequest. */
                type $Shape = tessera.admin.v1.StatusRequest.$Properties;
            }

            /**
             * Properties of a StatusResponse.
             * @deprecated Use tessera.admin.v1.StatusResponse.$Properties instead.
             */
            interface IStatusResponse extends tessera.admin.v1.StatusResponse.$Properties {
            }

            /** Represents a StatusResponse. */
            class StatusResponse {

                /**
                 * Constructs a new StatusResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.StatusResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatusResponse id. */
                id: number;

                /** StatusResponse role. */
                role: string;

                /** StatusResponse term. */
                term: number;

                /** StatusResponse leader. */
                leader: number;

                /** StatusResponse leaderAddress. */
                leaderAddress: string;

                /** StatusResponse committedIndex. */
                committedIndex: number;

                /** StatusResponse appliedIndex. */
                appliedIndex: number;

                /** StatusResponse snapshotIndex. */
                snapshotIndex: number;

                /** StatusResponse removed. */
                removed: boolean;

                /** StatusResponse members. */
                members: tessera.admin.v1.Member.$Properties[];

                /** StatusResponse leaderClientAddress. */
                leaderClientAddress: string;

                /**
                 * Creates a new StatusResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusResponse instance
                 */
                static create(properties: tessera.admin.v1.StatusResponse.$Shape): tessera.admin.v1.StatusResponse & tessera.admin.v1.StatusResponse.$Shape;
                static create(properties?: tessera.admin.v1.StatusResponse.$Properties): tessera.admin.v1.StatusResponse;

                /**
                 * Encodes the specified StatusResponse message. Does not implicitly {@link tessera.admin.v1.StatusResponse.verify|verify} messages.
                 * @param message StatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatusResponse message, length delimited. Does not implicitly {@link tessera.admin.v1.StatusResponse.verify|verify} messages.
                 * @param message StatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.StatusResponse & tessera.admin.v1.StatusResponse.$Shape} StatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.StatusResponse & tessera.admin.v1.StatusResponse.$Shape;

                /**
                 * Decodes a StatusResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.StatusResponse & tessera.admin.v1.StatusResponse.$Shape} StatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.StatusResponse & tessera.admin.v1.StatusResponse.$Shape;

                /**
                 * Verifies a StatusResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatusResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.StatusResponse;

                /**
                 * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
                 * @param message StatusResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatusResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StatusResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatusResponse {

                /** Properties of a StatusResponse. */
                interface $Properties {

                    /** StatusResponse id */
                    id?: (number|null);

                    /** StatusResponse role */
                    role?: (string|null);

                    /** StatusResponse term */
                    term?: (number|null);

                    /** StatusResponse leader */
                    leader?: (number|null);

                    /** StatusResponse leaderAddress */
                    leaderAddress?: (string|null);

                    /** StatusResponse committedIndex */
                    committedIndex?: (number|null);

                    /** StatusResponse appliedIndex */
                    appliedIndex?: (number|null);

                    /** StatusResponse snapshotIndex */
                    snapshotIndex?: (number|null);

                    /** StatusResponse removed */
                    removed?: (boolean|null);

                    /** StatusResponse members */
                    members?: (tessera.admin.v1.Member.$Properties[]|null);

                    /** StatusResponse leaderClientAddress */
                    leaderClientAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusResponse. */
                type $Shape = tessera.admin.v1.StatusResponse.$Properties;
            }

            /**
             * Properties of an AddMemberRequest.
             * @deprecated Use tessera.admin.v1.AddMemberRequest.$Properties instead.
             */
            interface IAddMemberRequest extends tessera.admin.v1.AddMemberRequest.$Properties {
            }

            /** Represents an AddMemberRequest. */
            class AddMemberRequest {

                /**
                 * Constructs a new AddMemberRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.AddMemberRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AddMemberRequest id. */
                id: number;

                /** AddMemberRequest address. */
                address: string;

                /** AddMemberRequest keyId. */
                keyId: string;

                /** AddMemberRequest nonce. */
                nonce: Uint8Array;

                /** AddMemberRequest quote. */
                quote: Uint8Array;

                /** AddMemberRequest tickets. */
                tickets: Uint8Array[];

                /** AddMemberRequest clientAddress. */
                clientAddress: string;

                /**
                 * Creates a new AddMemberRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddMemberRequest instance
                 */
                static create(properties: tessera.admin.v1.AddMemberRequest.$Shape): tessera.admin.v1.AddMemberRequest & tessera.admin.v1.AddMemberRequest.$Shape;
                static create(properties?: tessera.admin.v1.AddMemberRequest.$Properties): tessera.admin.v1.AddMemberRequest;

                /**
                 * Encodes the specified AddMemberRequest message. Does not implicitly {@link tessera.admin.v1.AddMemberRequest.verify|verify} messages.
                 * @param message AddMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.AddMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddMemberRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.AddMemberRequest.verify|verify} messages.
                 * @param message AddMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.AddMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.AddMemberRequest & tessera.admin.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.AddMemberRequest & tessera.admin.v1.AddMemberRequest.$Shape;

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.AddMemberRequest & tessera.admin.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.AddMemberRequest & tessera.admin.v1.AddMemberRequest.$Shape;

                /**
                 * Verifies an AddMemberRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddMemberRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.AddMemberRequest;

                /**
                 * Creates a plain object from an AddMemberRequest message. Also converts values to other types if specified.
                 * @param message AddMemberRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.AddMemberRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddMemberRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddMemberRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddMemberRequest {

                /** Properties of an AddMemberRequest. */
                interface $Properties {

                    /** AddMemberRequest id */
                    id?: (number|null);

                    /** AddMemberRequest address */
                    address?: (string|null);

                    /** AddMemberRequest keyId */
                    keyId?: (string|null);

                    /** AddMemberRequest nonce */
                    nonce?: (Uint8Array|null);

                    /** AddMemberRequest quote */
                    quote?: (Uint8Array|null);

                    /** AddMemberRequest tickets */
                    tickets?: (Uint8Array[]|null);

                    /** AddMemberRequest clientAddress */
                    clientAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddMemberRequest. */
                type $Shape = tessera.admin.v1.AddMemberRequest.$Properties;
            }

            /**
             * Properties of a PromoteRequest.
             * @deprecated Use tessera.admin.v1.PromoteRequest.$Properties instead.
             */
            interface IPromoteRequest extends tessera.admin.v1.PromoteRequest.$Properties {
            }

            /** Represents a PromoteRequest. */
            class PromoteRequest {

                /**
                 * Constructs a new PromoteRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.PromoteRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PromoteRequest id. */
                id: number;

                /**
                 * Creates a new PromoteRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PromoteRequest instance
                 */
                static create(properties: tessera.admin.v1.PromoteRequest.$Shape): tessera.admin.v1.PromoteRequest & tessera.admin.v1.PromoteRequest.$Shape;
                static create(properties?: tessera.admin.v1.PromoteRequest.$Properties): tessera.admin.v1.PromoteRequest;

                /**
                 * Encodes the specified PromoteRequest message. Does not implicitly {@link tessera.admin.v1.PromoteRequest.verify|verify} messages.
                 * @param message PromoteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.PromoteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PromoteRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.PromoteRequest.verify|verify} messages.
                 * @param message PromoteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.PromoteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PromoteRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.PromoteRequest & tessera.admin.v1.PromoteRequest.$Shape} PromoteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.PromoteRequest & tessera.admin.v1.PromoteRequest.$Shape;

                /**
                 * Decodes a PromoteRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.PromoteRequest & tessera.admin.v1.PromoteRequest.$Shape} PromoteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.PromoteRequest & tessera.admin.v1.PromoteRequest.$Shape;

                /**
                 * Verifies a PromoteRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PromoteRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PromoteRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.PromoteRequest;

                /**
                 * Creates a plain object from a PromoteRequest message. Also converts values to other types if specified.
                 * @param message PromoteRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.PromoteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PromoteRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PromoteRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PromoteRequest {

                /** Properties of a PromoteRequest. */
                interface $Properties {

                    /** PromoteRequest id */
                    id?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PromoteRequest. */
                type $Shape = tessera.admin.v1.PromoteRequest.$Properties;
            }

            /**
             * Properties of a DrainRequest.
             * @deprecated Use tessera.admin.v1.DrainRequest.$Properties instead.
             */
            interface IDrainRequest extends tessera.admin.v1.DrainRequest.$Properties {
            }

            /** Represents a DrainRequest. */
            class DrainRequest {

                /**
                 * Constructs a new DrainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.DrainRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DrainRequest id. */
                id: number;

                /**
                 * Creates a new DrainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DrainRequest instance
                 */
                static create(properties: tessera.admin.v1.DrainRequest.$Shape): tessera.admin.v1.DrainRequest & tessera.admin.v1.DrainRequest.$Shape;
                static create(properties?: tessera.admin.v1.DrainRequest.$Properties): tessera.admin.v1.DrainRequest;

                /**
                 * Encodes the specified DrainRequest message. Does not implicitly {@link tessera.admin.v1.DrainRequest.verify|verify} messages.
                 * @param message DrainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.DrainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DrainRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.DrainRequest.verify|verify} messages.
                 * @param message DrainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.DrainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DrainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.DrainRequest & tessera.admin.v1.DrainRequest.$Shape} DrainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.DrainRequest & tessera.admin.v1.DrainRequest.$Shape;

                /**
                 * Decodes a DrainRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.DrainRequest & tessera.admin.v1.DrainRequest.$Shape} DrainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.DrainRequest & tessera.admin.v1.DrainRequest.$Shape;

                /**
                 * Verifies a DrainRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DrainRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DrainRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.DrainRequest;

                /**
                 * Creates a plain object from a DrainRequest message. Also converts values to other types if specified.
                 * @param message DrainRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.DrainRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DrainRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DrainRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DrainRequest {

                /** Properties of a DrainRequest. */
                interface $Properties {

                    /** DrainRequest id */
                    id?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DrainRequest. */
                type $Shape = tessera.admin.v1.DrainRequest.$Properties;
            }

            /**
             * Properties of a RemoveRequest.
             * @deprecated Use tessera.admin.v1.RemoveRequest.$Properties instead.
             */
            interface IRemoveRequest extends tessera.admin.v1.RemoveRequest.$Properties {
            }

            /** Represents a RemoveRequest. */
            class RemoveRequest {

                /**
                 * Constructs a new RemoveRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.RemoveRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RemoveRequest id. */
                id: number;

                /** RemoveRequest expectQuoteDigest. */
                expectQuoteDigest: string;

                /**
                 * Creates a new RemoveRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoveRequest instance
                 */
                static create(properties: tessera.admin.v1.RemoveRequest.$Shape): tessera.admin.v1.RemoveRequest & tessera.admin.v1.RemoveRequest.$Shape;
                static create(properties?: tessera.admin.v1.RemoveRequest.$Properties): tessera.admin.v1.RemoveRequest;

                /**
                 * Encodes the specified RemoveRequest message. Does not implicitly {@link tessera.admin.v1.RemoveRequest.verify|verify} messages.
                 * @param message RemoveRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.RemoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RemoveRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.RemoveRequest.verify|verify} messages.
                 * @param message RemoveRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.RemoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoveRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.RemoveRequest & tessera.admin.v1.RemoveRequest.$Shape} RemoveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.RemoveRequest & tessera.admin.v1.RemoveRequest.$Shape;

                /**
                 * Decodes a RemoveRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.RemoveRequest & tessera.admin.v1.RemoveRequest.$Shape} RemoveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.RemoveRequest & tessera.admin.v1.RemoveRequest.$Shape;

                /**
                 * Verifies a RemoveRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RemoveRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RemoveRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.RemoveRequest;

                /**
                 * Creates a plain object from a RemoveRequest message. Also converts values to other types if specified.
                 * @param message RemoveRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.RemoveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RemoveRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RemoveRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RemoveRequest {

                /** Properties of a RemoveRequest. */
                interface $Properties {

                    /** RemoveRequest id */
                    id?: (number|null);

                    /** RemoveRequest expectQuoteDigest */
                    expectQuoteDigest?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemoveRequest. */
                type $Shape = tessera.admin.v1.RemoveRequest.$Properties;
            }

            /**
             * Properties of a MembershipResponse.
             * @deprecated Use tessera.admin.v1.MembershipResponse.$Properties instead.
             */
            interface IMembershipResponse extends tessera.admin.v1.MembershipResponse.$Properties {
            }

            /** Represents a MembershipResponse. */
            class MembershipResponse {

                /**
                 * Constructs a new MembershipResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.MembershipResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MembershipResponse status. */
                status?: (tessera.admin.v1.StatusResponse.$Properties|null);

                /**
                 * Creates a new MembershipResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MembershipResponse instance
                 */
                static create(properties: tessera.admin.v1.MembershipResponse.$Shape): tessera.admin.v1.MembershipResponse & tessera.admin.v1.MembershipResponse.$Shape;
                static create(properties?: tessera.admin.v1.MembershipResponse.$Properties): tessera.admin.v1.MembershipResponse;

                /**
                 * Encodes the specified MembershipResponse message. Does not implicitly {@link tessera.admin.v1.MembershipResponse.verify|verify} messages.
                 * @param message MembershipResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.MembershipResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MembershipResponse message, length delimited. Does not implicitly {@link tessera.admin.v1.MembershipResponse.verify|verify} messages.
                 * @param message MembershipResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.MembershipResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MembershipResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.MembershipResponse & tessera.admin.v1.MembershipResponse.$Shape} MembershipResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.MembershipResponse & tessera.admin.v1.MembershipResponse.$Shape;

                /**
                 * Decodes a MembershipResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.MembershipResponse & tessera.admin.v1.MembershipResponse.$Shape} MembershipResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.MembershipResponse & tessera.admin.v1.MembershipResponse.$Shape;

                /**
                 * Verifies a MembershipResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MembershipResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MembershipResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.MembershipResponse;

                /**
                 * Creates a plain object from a MembershipResponse message. Also converts values to other types if specified.
                 * @param message MembershipResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.MembershipResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MembershipResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MembershipResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MembershipResponse {

                /** Properties of a MembershipResponse. */
                interface $Properties {

                    /** MembershipResponse status */
                    status?: (tessera.admin.v1.StatusResponse.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MembershipResponse. */
                type $Shape = tessera.admin.v1.MembershipResponse.$Properties;
            }

            /**
             * Properties of a Replacement.
             * @deprecated Use tessera.admin.v1.Replacement.$Properties instead.
             */
            interface IReplacement extends tessera.admin.v1.Replacement.$Properties {
            }

            /** Represents a Replacement. */
            class Replacement {

                /**
                 * Constructs a new Replacement.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.Replacement.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Replacement fingerprint. */
                fingerprint: string;

                /** Replacement endpoints. */
                endpoints: string[];

                /**
                 * Creates a new Replacement instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Replacement instance
                 */
                static create(properties: tessera.admin.v1.Replacement.$Shape): tessera.admin.v1.Replacement & tessera.admin.v1.Replacement.$Shape;
                static create(properties?: tessera.admin.v1.Replacement.$Properties): tessera.admin.v1.Replacement;

                /**
                 * Encodes the specified Replacement message. Does not implicitly {@link tessera.admin.v1.Replacement.verify|verify} messages.
                 * @param message Replacement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.Replacement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Replacement message, length delimited. Does not implicitly {@link tessera.admin.v1.Replacement.verify|verify} messages.
                 * @param message Replacement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.Replacement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Replacement message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.Replacement & tessera.admin.v1.Replacement.$Shape} Replacement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.Replacement & tessera.admin.v1.Replacement.$Shape;

                /**
                 * Decodes a Replacement message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.Replacement & tessera.admin.v1.Replacement.$Shape} Replacement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.Replacement & tessera.admin.v1.Replacement.$Shape;

                /**
                 * Verifies a Replacement message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Replacement message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Replacement
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.Replacement;

                /**
                 * Creates a plain object from a Replacement message. Also converts values to other types if specified.
                 * @param message Replacement
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.Replacement, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Replacement to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Replacement
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Replacement {

                /** Properties of a Replacement. */
                interface $Properties {

                    /** Replacement fingerprint */
                    fingerprint?: (string|null);

                    /** Replacement endpoints */
                    endpoints?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Replacement. */
                type $Shape = tessera.admin.v1.Replacement.$Properties;
            }

            /**
             * Properties of a RetireRequest.
             * @deprecated Use tessera.admin.v1.RetireRequest.$Properties instead.
             */
            interface IRetireRequest extends tessera.admin.v1.RetireRequest.$Properties {
            }

            /** Represents a RetireRequest. */
            class RetireRequest {

                /**
                 * Constructs a new RetireRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.RetireRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RetireRequest effectiveAtMs. */
                effectiveAtMs: number;

                /** RetireRequest replacement. */
                replacement?: (tessera.admin.v1.Replacement.$Properties|null);

                /**
                 * Creates a new RetireRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RetireRequest instance
                 */
                static create(properties: tessera.admin.v1.RetireRequest.$Shape): tessera.admin.v1.RetireRequest & tessera.admin.v1.RetireRequest.$Shape;
                static create(properties?: tessera.admin.v1.RetireRequest.$Properties): tessera.admin.v1.RetireRequest;

                /**
                 * Encodes the specified RetireRequest message. Does not implicitly {@link tessera.admin.v1.RetireRequest.verify|verify} messages.
                 * @param message RetireRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.RetireRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RetireRequest message, length delimited. Does not implicitly {@link tessera.admin.v1.RetireRequest.verify|verify} messages.
                 * @param message RetireRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.RetireRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RetireRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.RetireRequest & tessera.admin.v1.RetireRequest.$Shape} RetireRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.RetireRequest & tessera.admin.v1.RetireRequest.$Shape;

                /**
                 * Decodes a RetireRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.RetireRequest & tessera.admin.v1.RetireRequest.$Shape} RetireRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.RetireRequest & tessera.admin.v1.RetireRequest.$Shape;

                /**
                 * Verifies a RetireRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RetireRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RetireRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.RetireRequest;

                /**
                 * Creates a plain object from a RetireRequest message. Also converts values to other types if specified.
                 * @param message RetireRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.RetireRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RetireRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RetireRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RetireRequest {

                /** Properties of a RetireRequest. */
                interface $Properties {

                    /** RetireRequest effectiveAtMs */
                    effectiveAtMs?: (number|null);

                    /** RetireRequest replacement */
                    replacement?: (tessera.admin.v1.Replacement.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RetireRequest. */
                type $Shape = tessera.admin.v1.RetireRequest.$Properties;
            }

            /**
             * Properties of a RetireResponse.
             * @deprecated Use tessera.admin.v1.RetireResponse.$Properties instead.
             */
            interface IRetireResponse extends tessera.admin.v1.RetireResponse.$Properties {
            }

            /** Represents a RetireResponse. */
            class RetireResponse {

                /**
                 * Constructs a new RetireResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.admin.v1.RetireResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RetireResponse effectiveAtMs. */
                effectiveAtMs: number;

                /** RetireResponse replacement. */
                replacement?: (tessera.admin.v1.Replacement.$Properties|null);

                /** RetireResponse inEffect. */
                inEffect: boolean;

                /** RetireResponse lastSequence. */
                lastSequence: number;

                /** RetireResponse status. */
                status?: (tessera.admin.v1.StatusResponse.$Properties|null);

                /**
                 * Creates a new RetireResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RetireResponse instance
                 */
                static create(properties: tessera.admin.v1.RetireResponse.$Shape): tessera.admin.v1.RetireResponse & tessera.admin.v1.RetireResponse.$Shape;
                static create(properties?: tessera.admin.v1.RetireResponse.$Properties): tessera.admin.v1.RetireResponse;

                /**
                 * Encodes the specified RetireResponse message. Does not implicitly {@link tessera.admin.v1.RetireResponse.verify|verify} messages.
                 * @param message RetireResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.admin.v1.RetireResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RetireResponse message, length delimited. Does not implicitly {@link tessera.admin.v1.RetireResponse.verify|verify} messages.
                 * @param message RetireResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.admin.v1.RetireResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RetireResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.admin.v1.RetireResponse & tessera.admin.v1.RetireResponse.$Shape} RetireResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.admin.v1.RetireResponse & tessera.admin.v1.RetireResponse.$Shape;

                /**
                 * Decodes a RetireResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.admin.v1.RetireResponse & tessera.admin.v1.RetireResponse.$Shape} RetireResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.admin.v1.RetireResponse & tessera.admin.v1.RetireResponse.$Shape;

                /**
                 * Verifies a RetireResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RetireResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RetireResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.admin.v1.RetireResponse;

                /**
                 * Creates a plain object from a RetireResponse message. Also converts values to other types if specified.
                 * @param message RetireResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.admin.v1.RetireResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RetireResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RetireResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RetireResponse {

                /** Properties of a RetireResponse. */
                interface $Properties {

                    /** RetireResponse effectiveAtMs */
                    effectiveAtMs?: (number|null);

                    /** RetireResponse replacement */
                    replacement?: (tessera.admin.v1.Replacement.$Properties|null);

                    /** RetireResponse inEffect */
                    inEffect?: (boolean|null);

                    /** RetireResponse lastSequence */
                    lastSequence?: (number|null);

                    /** RetireResponse status */
                    status?: (tessera.admin.v1.StatusResponse.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RetireResponse. */
                type $Shape = tessera.admin.v1.RetireResponse.$Properties;
            }
        }
    }
}
