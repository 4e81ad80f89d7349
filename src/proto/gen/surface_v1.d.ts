import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace tessera. */
export namespace tessera {

    /** Namespace surface. */
    namespace surface {

        /** Namespace v1. */
        namespace v1 {

            /** FactStatus enum. */
            enum FactStatus {

                /** FACT_STATUS_UNSPECIFIED value */
                FACT_STATUS_UNSPECIFIED = 0,

                /** FACT_STATUS_COMPLETE value */
                FACT_STATUS_COMPLETE = 1,

                /** FACT_STATUS_DEGRADED value */
                FACT_STATUS_DEGRADED = 2
            }

            /**
             * Properties of an EvidencePointer.
             * @deprecated Use tessera.surface.v1.EvidencePointer.$Properties instead.
             */
            interface IEvidencePointer extends tessera.surface.v1.EvidencePointer.$Properties {
            }

            /** Represents an EvidencePointer. */
            class EvidencePointer {

                /**
                 * Constructs a new EvidencePointer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.EvidencePointer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EvidencePointer member. */
                member: Uint8Array;

                /** EvidencePointer stream. */
                stream: string;

                /** EvidencePointer sequence. */
                sequence: number;

                /** EvidencePointer digest. */
                digest: Uint8Array;

                /**
                 * Creates a new EvidencePointer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvidencePointer instance
                 */
                static create(properties: tessera.surface.v1.EvidencePointer.$Shape): tessera.surface.v1.EvidencePointer & tessera.surface.v1.EvidencePointer.$Shape;
                static create(properties?: tessera.surface.v1.EvidencePointer.$Properties): tessera.surface.v1.EvidencePointer;

                /**
                 * Encodes the specified EvidencePointer message. Does not implicitly {@link tessera.surface.v1.EvidencePointer.verify|verify} messages.
                 * @param message EvidencePointer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.EvidencePointer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EvidencePointer message, length delimited. Does not implicitly {@link tessera.surface.v1.EvidencePointer.verify|verify} messages.
                 * @param message EvidencePointer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.EvidencePointer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvidencePointer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.EvidencePointer & tessera.surface.v1.EvidencePointer.$Shape} EvidencePointer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.EvidencePointer & tessera.surface.v1.EvidencePointer.$Shape;

                /**
                 * Decodes an EvidencePointer message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.EvidencePointer & tessera.surface.v1.EvidencePointer.$Shape} EvidencePointer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.EvidencePointer & tessera.surface.v1.EvidencePointer.$Shape;

                /**
                 * Verifies an EvidencePointer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EvidencePointer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvidencePointer
                 */
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.EvidencePointer;

                /**
                 * Creates a plain object from an EvidencePointer message. Also converts values to other types if specified.
                 * @param message EvidencePointer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.EvidencePointer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvidencePointer to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EvidencePointer
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EvidencePointer {

                /** Properties of an EvidencePointer. */
                interface $Properties {

                    /** EvidencePointer member */
                    member?: (Uint8Array|null);

                    /** EvidencePointer stream */
                    stream?: (string|null);

                    /** EvidencePointer sequence */
                    sequence?: (number|null);

                    /** EvidencePointer digest */
                    digest?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EvidencePointer. */
                type $Shape = tessera.surface.v1.EvidencePointer.$Properties;
            }

            /**
             * Properties of a Fact.
             * @deprecated Use tessera.surface.v1.Fact.$Properties instead.
             */
            interface IFact extends tessera.surface.v1.Fact.$Properties {
            }

            /** Represents a Fact. */
            class Fact {

                /**
                 * Constructs a new Fact.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.Fact.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Fact sequence. */
                sequence: number;

                /** Fact key. */
                key: string;

                /** Fact status. */
                status: tessera.surface.v1.FactStatus;

                /** Fact digest. */
                digest: Uint8Array;

                /** Fact evidence. */
                evidence: tessera.surface.v1.EvidencePointer.$Properties[];

                /** Fact missing. */
                missing: Uint8Array[];

                /** Fact appliedAtMs. */
                appliedAtMs: number;

                /** Fact index. */
                index: number;

                /**
                 * Creates a new Fact instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Fact instance
                 */
                static create(properties: tessera.surface.v1.Fact.$Shape): tessera.surface.v1.Fact & tessera.surface.v1.Fact.$Shape;
                static create(properties?: tessera.surface.v1.Fact.$Properties): tessera.surface.v1.Fact;

                /**
                 * Encodes the specified Fact message. Does not implicitly {@link tessera.surface.v1.Fact.verify|verify} messages.
                 * @param message Fact message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.Fact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Fact message, length delimited. Does not implicitly {@link tessera.surface.v1.Fact.verify|verify} messages.
                 * @param message Fact message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.Fact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Fact message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.Fact & tessera.surface.v1.Fact.$Shape} Fact
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.Fact & tessera.surface.v1.Fact.$Shape;

                /**
                 * Decodes a Fact message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.Fact & tessera.surface.v1.Fact.$Shape} Fact
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.Fact & tessera.surface.v1.Fact.$Shape;

                /**
                 * Verifies a Fact message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Fact message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Fact
                 */
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.Fact;

                /**
                 * Creates a plain object from a Fact message. Also converts values to other types if specified.
                 * @param message Fact
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.Fact, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Fact to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Fact
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Fact {

                /** Properties of a Fact. */
                interface $Properties {

                    /** Fact sequence */
                    sequence?: (number|null);

                    /** Fact key */
                    key?: (string|null);

                    /** Fact status */
                    status?: (tessera.surface.v1.FactStatus|null);

                    /** Fact digest */
                    digest?: (Uint8Array|null);

                    /** Fact evidence */
                    evidence?: (tessera.surface.v1.EvidencePointer.$Properties[]|null);

                    /** Fact missing */
                    missing?: (Uint8Array[]|null);

                    /** Fact appliedAtMs */
                    appliedAtMs?: (number|null);

                    /** Fact index */
                    index?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Fact. */
                type $Shape = tessera.surface.v1.Fact.$Properties;
            }

            /**
             * Properties of a Replacement.
             * @deprecated Use tessera.surface.v1.Replacement.$Properties instead.
             */
            interface IReplacement extends tessera.surface.v1.Replacement.$Properties {
            }

            /** Represents a Replacement. */
            class Replacement {

                /**
                 * Constructs a new Replacement.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.Replacement.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Replacement fingerprint. */
                fingerprint: Uint8Array;

                /** Replacement endpoints. */
                endpoints: string[];

                /**
                 * Creates a new Replacement instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Replacement instance
                 */
                static create(properties: tessera.surface.v1.Replacement.$Shape): tessera.surface.v1.Replacement & tessera.surface.v1.Replacement.$Shape;
                static create(properties?: tessera.surface.v1.Replacement.$Properties): tessera.surface.v1.Replacement;

                /**
                 * Encodes the specified Replacement message. Does not implicitly {@link tessera.surface.v1.Replacement.verify|verify} messages.
                 * @param message Replacement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.Replacement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Replacement message, length delimited. Does not implicitly {@link tessera.surface.v1.Replacement.verify|verify} messages.
                 * @param message Replacement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.Replacement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Replacement message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.Replacement & tessera.surface.v1.Replacement.$Shape} Replacement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.Replacement & tessera.surface.v1.Replacement.$Shape;

                /**
                 * Decodes a Replacement message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.Replacement & tessera.surface.v1.Replacement.$Shape} Replacement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.Replacement & tessera.surface.v1.Replacement.$Shape;

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
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.Replacement;

                /**
                 * Creates a plain object from a Replacement message. Also converts values to other types if specified.
                 * @param message Replacement
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.Replacement, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                    fingerprint?: (Uint8Array|null);

                    /** Replacement endpoints */
                    endpoints?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Replacement. */
                type $Shape = tessera.surface.v1.Replacement.$Properties;
            }

            /**
             * Properties of a RetirementMarker.
             * @deprecated Use tessera.surface.v1.RetirementMarker.$Properties instead.
             */
            interface IRetirementMarker extends tessera.surface.v1.RetirementMarker.$Properties {
            }

            /** Represents a RetirementMarker. */
            class RetirementMarker {

                /**
                 * Constructs a new RetirementMarker.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.RetirementMarker.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RetirementMarker effectiveAtMs. */
                effectiveAtMs: number;

                /** RetirementMarker replacement. */
                replacement?: (tessera.surface.v1.Replacement.$Properties|null);

                /** RetirementMarker lastSequence. */
                lastSequence: number;

                /**
                 * Creates a new RetirementMarker instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RetirementMarker instance
                 */
                static create(properties: tessera.surface.v1.RetirementMarker.$Shape): tessera.surface.v1.RetirementMarker & tessera.surface.v1.RetirementMarker.$Shape;
                static create(properties?: tessera.surface.v1.RetirementMarker.$Properties): tessera.surface.v1.RetirementMarker;

                /**
                 * Encodes the specified RetirementMarker message. Does not implicitly {@link tessera.surface.v1.RetirementMarker.verify|verify} messages.
                 * @param message RetirementMarker message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.RetirementMarker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RetirementMarker message, length delimited. Does not implicitly {@link tessera.surface.v1.RetirementMarker.verify|verify} messages.
                 * @param message RetirementMarker message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.RetirementMarker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RetirementMarker message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.RetirementMarker & tessera.surface.v1.RetirementMarker.$Shape} RetirementMarker
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.RetirementMarker & tessera.surface.v1.RetirementMarker.$Shape;

                /**
                 * Decodes a RetirementMarker message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.RetirementMarker & tessera.surface.v1.RetirementMarker.$Shape} RetirementMarker
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.RetirementMarker & tessera.surface.v1.RetirementMarker.$Shape;

                /**
                 * Verifies a RetirementMarker message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RetirementMarker message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RetirementMarker
                 */
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.RetirementMarker;

                /**
                 * Creates a plain object from a RetirementMarker message. Also converts values to other types if specified.
                 * @param message RetirementMarker
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.RetirementMarker, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RetirementMarker to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RetirementMarker
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RetirementMarker {

                /** Properties of a RetirementMarker. */
                interface $Properties {

                    /** RetirementMarker effectiveAtMs */
                    effectiveAtMs?: (number|null);

                    /** RetirementMarker replacement */
                    replacement?: (tessera.surface.v1.Replacement.$Properties|null);

                    /** RetirementMarker lastSequence */
                    lastSequence?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RetirementMarker. */
                type $Shape = tessera.surface.v1.RetirementMarker.$Properties;
            }

            /**
             * Properties of a Freshness.
             * @deprecated Use tessera.surface.v1.Freshness.$Properties instead.
             */
            interface IFreshness extends tessera.surface.v1.Freshness.$Properties {
            }

            /** Represents a Freshness. */
            class Freshness {

                /**
                 * Constructs a new Freshness.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.Freshness.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Freshness stale. */
                stale: boolean;

                /** Freshness appliedIndex. */
                appliedIndex: number;

                /** Freshness lastSequence. */
                lastSequence: number;

                /** Freshness staleSinceMs. */
                staleSinceMs: number;

                /**
                 * Creates a new Freshness instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Freshness instance
                 */
                static create(properties: tessera.surface.v1.Freshness.$Shape): tessera.surface.v1.Freshness & tessera.surface.v1.Freshness.$Shape;
                static create(properties?: tessera.surface.v1.Freshness.$Properties): tessera.surface.v1.Freshness;

                /**
                 * Encodes the specified Freshness message. Does not implicitly {@link tessera.surface.v1.Freshness.verify|verify} messages.
                 * @param message Freshness message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.Freshness.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Freshness message, length delimited. Does not implicitly {@link tessera.surface.v1.Freshness.verify|verify} messages.
                 * @param message Freshness message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.Freshness.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Freshness message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.Freshness & tessera.surface.v1.Freshness.$Shape} Freshness
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.Freshness & tessera.surface.v1.Freshness.$Shape;

                /**
                 * Decodes a Freshness message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.Freshness & tessera.surface.v1.Freshness.$Shape} Freshness
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.Freshness & tessera.surface.v1.Freshness.$Shape;

                /**
                 * Verifies a Freshness message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Freshness message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Freshness
                 */
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.Freshness;

                /**
                 * Creates a plain object from a Freshness message. Also converts values to other types if specified.
                 * @param message Freshness
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.Freshness, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Freshness to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Freshness
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Freshness {

                /** Properties of a Freshness. */
                interface $Properties {

                    /** Freshness stale */
                    stale?: (boolean|null);

                    /** Freshness appliedIndex */
                    appliedIndex?: (number|null);

                    /** Freshness lastSequence */
                    lastSequence?: (number|null);

                    /** Freshness staleSinceMs */
                    staleSinceMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Freshness. */
                type $Shape = tessera.surface.v1.Freshness.$Properties;
            }

            /**
             * Properties of a GetRequest.
             * @deprecated Use tessera.surface.v1.GetRequest.$Properties instead.
             */
            interface IGetRequest extends tessera.surface.v1.GetRequest.$Properties {
            }

            /** Represents a GetRequest. */
            class GetRequest {

                /**
                 * Constructs a new GetRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.GetRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetRequest fingerprint. */
                fingerprint: Uint8Array;

                /** GetRequest key. */
                key: string;

                /**
                 * Creates a new GetRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetRequest instance
                 */
                static create(properties: tessera.surface.v1.GetRequest.$Shape): tessera.surface.v1.GetRequest & tessera.surface.v1.GetRequest.$Shape;
                static create(properties?: tessera.surface.v1.GetRequest.$Properties): tessera.surface.v1.GetRequest;

                /**
                 * Encodes the specified GetRequest message. Does not implicitly {@link tessera.surface.v1.GetRequest.verify|verify} messages.
                 * @param message GetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetRequest message, length delimited. Does not implicitly {@link tessera.surface.v1.GetRequest.verify|verify} messages.
                 * @param message GetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.GetRequest & tessera.surface.v1.GetRequest.$Shape} GetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.GetRequest & tessera.surface.v1.GetRequest.$Shape;

                /**
                 * Decodes a GetRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.GetRequest & tessera.surface.v1.GetRequest.$Shape} GetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.GetRequest & tessera.surface.v1.GetRequest.$Shape;

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
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.GetRequest;

                /**
                 * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
                 * @param message GetRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.GetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** GetRequest fingerprint */
                    fingerprint?: (Uint8Array|null);

                    /** GetRequest key */
                    key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetRequest. */
                type $Shape = tessera.surface.v1.GetRequest.$Properties;
            }

            /**
             * Properties of a GetResponse.
             * @deprecated Use tessera.surface.v1.GetResponse.$Properties instead.
             */
            interface IGetResponse extends tessera.surface.v1.GetResponse.$Properties {
            }

            /** Represents a GetResponse. */
            class GetResponse {

                /**
                 * Constructs a new GetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.GetResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetResponse fact. */
                fact?: (tessera.surface.v1.Fact.$Properties|null);

                /** GetResponse retirement. */
                retirement?: (tessera.surface.v1.RetirementMarker.$Properties|null);

                /** GetResponse freshness. */
                freshness?: (tessera.surface.v1.Freshness.$Properties|null);

                /**
                 * Creates a new GetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetResponse instance
                 */
                static create(properties: tessera.surface.v1.GetResponse.$Shape): tessera.surface.v1.GetResponse & tessera.surface.v1.GetResponse.$Shape;
                static create(properties?: tessera.surface.v1.GetResponse.$Properties): tessera.surface.v1.GetResponse;

                /**
                 * Encodes the specified GetResponse message. Does not implicitly {@link tessera.surface.v1.GetResponse.verify|verify} messages.
                 * @param message GetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.GetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetResponse message, length delimited. Does not implicitly {@link tessera.surface.v1.GetResponse.verify|verify} messages.
                 * @param message GetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.GetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.GetResponse & tessera.surface.v1.GetResponse.$Shape} GetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.GetResponse & tessera.surface.v1.GetResponse.$Shape;

                /**
                 * Decodes a GetResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.GetResponse & tessera.surface.v1.GetResponse.$Shape} GetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.GetResponse & tessera.surface.v1.GetResponse.$Shape;

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
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.GetResponse;

                /**
                 * Creates a plain object from a GetResponse message. Also converts values to other types if specified.
                 * @param message GetResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.GetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** GetResponse fact */
                    fact?: (tessera.surface.v1.Fact.$Properties|null);

                    /** GetResponse retirement */
                    retirement?: (tessera.surface.v1.RetirementMarker.$Properties|null);

                    /** GetResponse freshness */
                    freshness?: (tessera.surface.v1.Freshness.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetResponse. */
                type $Shape = tessera.surface.v1.GetResponse.$Properties;
            }

            /**
             * Properties of a ScanRequest.
             * @deprecated Use tessera.surface.v1.ScanRequest.$Properties instead.
             */
            interface IScanRequest extends tessera.surface.v1.ScanRequest.$Properties {
            }

            /** Represents a ScanRequest. */
            class ScanRequest {

                /**
                 * Constructs a new ScanRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.ScanRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ScanRequest fingerprint. */
                fingerprint: Uint8Array;

                /** ScanRequest fromKey. */
                fromKey: string;

                /** ScanRequest toKey. */
                toKey: string;

                /** ScanRequest limit. */
                limit: number;

                /**
                 * Creates a new ScanRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ScanRequest instance
                 */
                static create(properties: tessera.surface.v1.ScanRequest.$Shape): tessera.surface.v1.ScanRequest & tessera.surface.v1.ScanRequest.$Shape;
                static create(properties?: tessera.surface.v1.ScanRequest.$Properties): tessera.surface.v1.ScanRequest;

                /**
                 * Encodes the specified ScanRequest message. Does not implicitly {@link tessera.surface.v1.ScanRequest.verify|verify} messages.
                 * @param message ScanRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.ScanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ScanRequest message, length delimited. Does not implicitly {@link tessera.surface.v1.ScanRequest.verify|verify} messages.
                 * @param message ScanRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.ScanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ScanRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.ScanRequest & tessera.surface.v1.ScanRequest.$Shape} ScanRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.ScanRequest & tessera.surface.v1.ScanRequest.$Shape;

                /**
                 * Decodes a ScanRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.ScanRequest & tessera.surface.v1.ScanRequest.$Shape} ScanRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.ScanRequest & tessera.surface.v1.ScanRequest.$Shape;

                /**
                 * Verifies a ScanRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ScanRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ScanRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.ScanRequest;

                /**
                 * Creates a plain object from a ScanRequest message. Also converts values to other types if specified.
                 * @param message ScanRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.ScanRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ScanRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ScanRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ScanRequest {

                /** Properties of a ScanRequest. */
                interface $Properties {

                    /** ScanRequest fingerprint */
                    fingerprint?: (Uint8Array|null);

                    /** ScanRequest fromKey */
                    fromKey?: (string|null);

                    /** ScanRequest toKey */
                    toKey?: (string|null);

                    /** ScanRequest limit */
                    limit?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ScanRequest. */
                type $Shape = tessera.surface.v1.ScanRequest.$Properties;
            }

            /**
             * Properties of a ScanResponse.
             * @deprecated Use tessera.surface.v1.ScanResponse.$Properties instead.
             */
            interface IScanResponse extends tessera.surface.v1.ScanResponse.$Properties {
            }

            /** Represents a ScanResponse. */
            class ScanResponse {

                /**
                 * Constructs a new ScanResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.ScanResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ScanResponse facts. */
                facts: tessera.surface.v1.Fact.$Properties[];

                /** ScanResponse nextKey. */
                nextKey: string;

                /** ScanResponse retirement. */
                retirement?: (tessera.surface.v1.RetirementMarker.$Properties|null);

                /** ScanResponse freshness. */
                freshness?: (tessera.surface.v1.Freshness.$Properties|null);

                /**
                 * Creates a new ScanResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ScanResponse instance
                 */
                static create(properties: tessera.surface.v1.ScanResponse.$Shape): tessera.surface.v1.ScanResponse & tessera.surface.v1.ScanResponse.$Shape;
                static create(properties?: tessera.surface.v1.ScanResponse.$Properties): tessera.surface.v1.ScanResponse;

                /**
                 * Encodes the specified ScanResponse message. Does not implicitly {@link tessera.surface.v1.ScanResponse.verify|verify} messages.
                 * @param message ScanResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.ScanResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ScanResponse message, length delimited. Does not implicitly {@link tessera.surface.v1.ScanResponse.verify|verify} messages.
                 * @param message ScanResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.ScanResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ScanResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.ScanResponse & tessera.surface.v1.ScanResponse.$Shape} ScanResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.ScanResponse & tessera.surface.v1.ScanResponse.$Shape;

                /**
                 * Decodes a ScanResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.ScanResponse & tessera.surface.v1.ScanResponse.$Shape} ScanResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.ScanResponse & tessera.surface.v1.ScanResponse.$Shape;

                /**
                 * Verifies a ScanResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ScanResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ScanResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.ScanResponse;

                /**
                 * Creates a plain object from a ScanResponse message. Also converts values to other types if specified.
                 * @param message ScanResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.ScanResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ScanResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ScanResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ScanResponse {

                /** Properties of a ScanResponse. */
                interface $Properties {

                    /** ScanResponse facts */
                    facts?: (tessera.surface.v1.Fact.$Properties[]|null);

                    /** ScanResponse nextKey */
                    nextKey?: (string|null);

                    /** ScanResponse retirement */
                    retirement?: (tessera.surface.v1.RetirementMarker.$Properties|null);

                    /** ScanResponse freshness */
                    freshness?: (tessera.surface.v1.Freshness.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ScanResponse. */
                type $Shape = tessera.surface.v1.ScanResponse.$Properties;
            }

            /**
             * Properties of a SubscribeRequest.
             * @deprecated Use tessera.surface.v1.SubscribeRequest.$Properties instead.
             */
            interface ISubscribeRequest extends tessera.surface.v1.SubscribeRequest.$Properties {
            }

            /** Represents a SubscribeRequest. */
            class SubscribeRequest {

                /**
                 * Constructs a new SubscribeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.SubscribeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubscribeRequest fingerprint. */
                fingerprint: Uint8Array;

                /** SubscribeRequest fromSequence. */
                fromSequence: number;

                /**
                 * Creates a new SubscribeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubscribeRequest instance
                 */
                static create(properties: tessera.surface.v1.SubscribeRequest.$Shape): tessera.surface.v1.SubscribeRequest & tessera.surface.v1.SubscribeRequest.$Shape;
                static create(properties?: tessera.surface.v1.SubscribeRequest.$Properties): tessera.surface.v1.SubscribeRequest;

                /**
                 * Encodes the specified SubscribeRequest message. Does not implicitly {@link tessera.surface.v1.SubscribeRequest.verify|verify} messages.
                 * @param message SubscribeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.SubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SubscribeRequest message, length delimited. Does not implicitly {@link tessera.surface.v1.SubscribeRequest.verify|verify} messages.
                 * @param message SubscribeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.SubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubscribeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.SubscribeRequest & tessera.surface.v1.SubscribeRequest.$Shape} SubscribeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.SubscribeRequest & tessera.surface.v1.SubscribeRequest.$Shape;

                /**
                 * Decodes a SubscribeRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.SubscribeRequest & tessera.surface.v1.SubscribeRequest.$Shape} SubscribeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.SubscribeRequest & tessera.surface.v1.SubscribeRequest.$Shape;

                /**
                 * Verifies a SubscribeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubscribeRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.SubscribeRequest;

                /**
                 * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
                 * @param message SubscribeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.SubscribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubscribeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SubscribeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SubscribeRequest {

                /** Properties of a SubscribeRequest. */
                interface $Properties {

                    /** SubscribeRequest fingerprint */
                    fingerprint?: (Uint8Array|null);

                    /** SubscribeRequest fromSequence */
                    fromSequence?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubscribeRequest. */
                type $Shape = tessera.surface.v1.SubscribeRequest.$Properties;
            }

            /**
             * Properties of a SubscribeItem.
             * @deprecated Use tessera.surface.v1.SubscribeItem.$Properties instead.
             */
            interface ISubscribeItem extends tessera.surface.v1.SubscribeItem.$Properties {
            }

            /** Represents a SubscribeItem. */
            class SubscribeItem {

                /**
                 * Constructs a new SubscribeItem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.SubscribeItem.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubscribeItem fact. */
                fact?: (tessera.surface.v1.Fact.$Properties|null);

                /** SubscribeItem retirement. */
                retirement?: (tessera.surface.v1.RetirementMarker.$Properties|null);

                /** SubscribeItem stale. */
                stale: boolean;

                /** SubscribeItem item. */
                item?: ("fact"|"retirement");

                /**
                 * Creates a new SubscribeItem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubscribeItem instance
                 */
                static create(properties: tessera.surface.v1.SubscribeItem.$Shape): tessera.surface.v1.SubscribeItem & tessera.surface.v1.SubscribeItem.$Shape;
                static create(properties?: tessera.surface.v1.SubscribeItem.$Properties): tessera.surface.v1.SubscribeItem;

                /**
                 * Encodes the specified SubscribeItem message. Does not implicitly {@link tessera.surface.v1.SubscribeItem.verify|verify} messages.
                 * @param message SubscribeItem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.SubscribeItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SubscribeItem message, length delimited. Does not implicitly {@link tessera.surface.v1.SubscribeItem.verify|verify} messages.
                 * @param message SubscribeItem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.SubscribeItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubscribeItem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.SubscribeItem & tessera.surface.v1.SubscribeItem.$Shape} SubscribeItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.SubscribeItem & tessera.surface.v1.SubscribeItem.$Shape;

                /**
                 * Decodes a SubscribeItem message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.SubscribeItem & tessera.surface.v1.SubscribeItem.$Shape} SubscribeItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.SubscribeItem & tessera.surface.v1.SubscribeItem.$Shape;

                /**
                 * Verifies a SubscribeItem message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubscribeItem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubscribeItem
                 */
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.SubscribeItem;

                /**
                 * Creates a plain object from a SubscribeItem message. Also converts values to other types if specified.
                 * @param message SubscribeItem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.SubscribeItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubscribeItem to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SubscribeItem
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SubscribeItem {

                /** Properties of a SubscribeItem. */
                interface $Properties {

                    /** SubscribeItem fact */
                    fact?: (tessera.surface.v1.Fact.$Properties|null);

                    /** SubscribeItem retirement */
                    retirement?: (tessera.surface.v1.RetirementMarker.$Properties|null);

                    /** SubscribeItem stale */
                    stale?: (boolean|null);

                    /** SubscribeItem item */
                    item?: ("fact"|"retirement");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a SubscribeItem. */
                type $Shape = {
                  fact?: tessera.surface.v1.Fact.$Shape|null;
                  retirement?: tessera.surface.v1.RetirementMarker.$Shape|null;
                  stale?: boolean|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ item?: undefined; fact?: null; retirement?: null }|{ item?: "fact"; fact: tessera.surface.v1.Fact.$Shape; retirement?: null }|{ item?: "retirement"; fact?: null; retirement: tessera.surface.v1.RetirementMarker.$Shape })
                );
            }

            /**
             * Properties of a StatusRequest.
             * @deprecated Use tessera.surface.v1.StatusRequest.$Properties instead.
             */
            interface IStatusRequest extends tessera.surface.v1.StatusRequest.$Properties {
            }

            /** Represents a StatusRequest. */
            class StatusRequest {

                /**
                 * Constructs a new StatusRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.StatusRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatusRequest fingerprint. */
                fingerprint: Uint8Array;

                /**
                 * Creates a new StatusRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusRequest instance
                 */
                static create(properties: tessera.surface.v1.StatusRequest.$Shape): tessera.surface.v1.StatusRequest & tessera.surface.v1.StatusRequest.$Shape;
                static create(properties?: tessera.surface.v1.StatusRequest.$Properties): tessera.surface.v1.StatusRequest;

                /**
                 * Encodes the specified StatusRequest message. Does not implicitly {@link tessera.surface.v1.StatusRequest.verify|verify} messages.
                 * @param message StatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link tessera.surface.v1.StatusRequest.verify|verify} messages.
                 * @param message StatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.StatusRequest & tessera.surface.v1.StatusRequest.$Shape} StatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.StatusRequest & tessera.surface.v1.StatusRequest.$Shape;

                /**
                 * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.StatusRequest & tessera.surface.v1.StatusRequest.$Shape} StatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.StatusRequest & tessera.surface.v1.StatusRequest.$Shape;

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
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.StatusRequest;

                /**
                 * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
                 * @param message StatusRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** StatusRequest fingerprint */
                    fingerprint?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusRequest. */
                type $Shape = tessera.surface.v1.StatusRequest.$Properties;
            }

            /**
             * Properties of a CommitteeMember.
             * @deprecated Use tessera.surface.v1.CommitteeMember.$Properties instead.
             */
            interface ICommitteeMember extends tessera.surface.v1.CommitteeMember.$Properties {
            }

            /** Represents a CommitteeMember. */
            class CommitteeMember {

                /**
                 * Constructs a new CommitteeMember.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.CommitteeMember.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CommitteeMember id. */
                id: string;

                /** CommitteeMember endpoint. */
                endpoint: string;

                /** CommitteeMember up. */
                up: boolean;

                /**
                 * Creates a new CommitteeMember instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommitteeMember instance
                 */
                static create(properties: tessera.surface.v1.CommitteeMember.$Shape): tessera.surface.v1.CommitteeMember & tessera.surface.v1.CommitteeMember.$Shape;
                static create(properties?: tessera.surface.v1.CommitteeMember.$Properties): tessera.surface.v1.CommitteeMember;

                /**
                 * Encodes the specified CommitteeMember message. Does not implicitly {@link tessera.surface.v1.CommitteeMember.verify|verify} messages.
                 * @param message CommitteeMember message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.CommitteeMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CommitteeMember message, length delimited. Does not implicitly {@link tessera.surface.v1.CommitteeMember.verify|verify} messages.
                 * @param message CommitteeMember message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.CommitteeMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommitteeMember message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.CommitteeMember & tessera.surface.v1.CommitteeMember.$Shape} CommitteeMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.CommitteeMember & tessera.surface.v1.CommitteeMember.$Shape;

                /**
                 * Decodes a CommitteeMember message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.CommitteeMember & tessera.surface.v1.CommitteeMember.$Shape} CommitteeMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.CommitteeMember & tessera.surface.v1.CommitteeMember.$Shape;

                /**
                 * Verifies a CommitteeMember message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CommitteeMember message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommitteeMember
                 */
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.CommitteeMember;

                /**
                 * Creates a plain object from a CommitteeMember message. Also converts values to other types if specified.
                 * @param message CommitteeMember
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.CommitteeMember, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommitteeMember to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CommitteeMember
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommitteeMember {

                /** Properties of a CommitteeMember. */
                interface $Properties {

                    /** CommitteeMember id */
                    id?: (string|null);

                    /** CommitteeMember endpoint */
                    endpoint?: (string|null);

                    /** CommitteeMember up */
                    up?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CommitteeMember. */
                type $Shape = tessera.surface.v1.CommitteeMember.$Properties;
            }

            /**
             * Properties of a StatusResponse.
             * @deprecated Use tessera.surface.v1.StatusResponse.$Properties instead.
             */
            interface IStatusResponse extends tessera.surface.v1.StatusResponse.$Properties {
            }

            /** Represents a StatusResponse. */
            class StatusResponse {

                /**
                 * Constructs a new StatusResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.surface.v1.StatusResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatusResponse organism. */
                organism: string;

                /** StatusResponse stableId. */
                stableId: Uint8Array;

                /** StatusResponse contentHash. */
                contentHash: Uint8Array;

                /** StatusResponse fingerprint. */
                fingerprint: Uint8Array;

                /** StatusResponse committee. */
                committee: tessera.surface.v1.CommitteeMember.$Properties[];

                /** StatusResponse leader. */
                leader: string;

                /** StatusResponse appliedIndex. */
                appliedIndex: number;

                /** StatusResponse firstSequence. */
                firstSequence: number;

                /** StatusResponse lastSequence. */
                lastSequence: number;

                /** StatusResponse retirement. */
                retirement?: (tessera.surface.v1.RetirementMarker.$Properties|null);

                /** StatusResponse freshness. */
                freshness?: (tessera.surface.v1.Freshness.$Properties|null);

                /** StatusResponse streams. */
                streams: string[];

                /**
                 * Creates a new StatusResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusResponse instance
                 */
                static create(properties: tessera.surface.v1.StatusResponse.$Shape): tessera.surface.v1.StatusResponse & tessera.surface.v1.StatusResponse.$Shape;
                static create(properties?: tessera.surface.v1.StatusResponse.$Properties): tessera.surface.v1.StatusResponse;

                /**
                 * Encodes the specified StatusResponse message. Does not implicitly {@link tessera.surface.v1.StatusResponse.verify|verify} messages.
                 * @param message StatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.surface.v1.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatusResponse message, length delimited. Does not implicitly {@link tessera.surface.v1.StatusResponse.verify|verify} messages.
                 * @param message StatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.surface.v1.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.surface.v1.StatusResponse & tessera.surface.v1.StatusResponse.$Shape} StatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.surface.v1.StatusResponse & tessera.surface.v1.StatusResponse.$Shape;

                /**
                 * Decodes a StatusResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.surface.v1.StatusResponse & tessera.surface.v1.StatusResponse.$Shape} StatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.surface.v1.StatusResponse & tessera.surface.v1.StatusResponse.$Shape;

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
                static fromObject(object: { [k: string]: any }): tessera.surface.v1.StatusResponse;

                /**
                 * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
                 * @param message StatusResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.surface.v1.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** StatusResponse organism */
                    organism?: (string|null);

                    /** StatusResponse stableId */
                    stableId?: (Uint8Array|null);

                    /** StatusResponse contentHash */
                    contentHash?: (Uint8Array|null);

                    /** StatusResponse fingerprint */
                    fingerprint?: (Uint8Array|null);

                    /** StatusResponse committee */
                    committee?: (tessera.surface.v1.CommitteeMember.$Properties[]|null);

                    /** StatusResponse leader */
                    leader?: (string|null);

                    /** StatusResponse appliedIndex */
                    appliedIndex?: (number|null);

                    /** StatusResponse firstSequence */
                    firstSequence?: (number|null);

                    /** StatusResponse lastSequence */
                    lastSequence?: (number|null);

                    /** StatusResponse retirement */
                    retirement?: (tessera.surface.v1.RetirementMarker.$Properties|null);

                    /** StatusResponse freshness */
                    freshness?: (tessera.surface.v1.Freshness.$Properties|null);

                    /** StatusResponse streams */
                    streams?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusResponse. */
                type $Shape = tessera.surface.v1.StatusResponse.$Properties;
            }
        }
    }
}
