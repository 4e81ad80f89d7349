import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace tessera. */
export namespace tessera {

    /** Namespace peer. */
    namespace peer {

        /** Namespace v1. */
        namespace v1 {

            /** MessageType enum. */
            enum MessageType {

                /** MESSAGE_TYPE_UNSPECIFIED value */
                MESSAGE_TYPE_UNSPECIFIED = 0,

                /** MESSAGE_TYPE_APP value */
                MESSAGE_TYPE_APP = 1,

                /** MESSAGE_TYPE_APP_RESP value */
                MESSAGE_TYPE_APP_RESP = 2,

                /** MESSAGE_TYPE_VOTE value */
                MESSAGE_TYPE_VOTE = 3,

                /** MESSAGE_TYPE_VOTE_RESP value */
                MESSAGE_TYPE_VOTE_RESP = 4,

                /** MESSAGE_TYPE_PRE_VOTE value */
                MESSAGE_TYPE_PRE_VOTE = 5,

                /** MESSAGE_TYPE_PRE_VOTE_RESP value */
                MESSAGE_TYPE_PRE_VOTE_RESP = 6,

                /** MESSAGE_TYPE_SNAP value */
                MESSAGE_TYPE_SNAP = 7,

                /** MESSAGE_TYPE_SNAP_RESP value */
                MESSAGE_TYPE_SNAP_RESP = 8,

                /** MESSAGE_TYPE_HEARTBEAT value */
                MESSAGE_TYPE_HEARTBEAT = 9,

                /** MESSAGE_TYPE_HEARTBEAT_RESP value */
                MESSAGE_TYPE_HEARTBEAT_RESP = 10,

                /** MESSAGE_TYPE_PROP value */
                MESSAGE_TYPE_PROP = 11,

                /** MESSAGE_TYPE_TIMEOUT_NOW value */
                MESSAGE_TYPE_TIMEOUT_NOW = 12,

                /** MESSAGE_TYPE_READ_INDEX value */
                MESSAGE_TYPE_READ_INDEX = 13,

                /** MESSAGE_TYPE_READ_INDEX_RESP value */
                MESSAGE_TYPE_READ_INDEX_RESP = 14
            }

            /** EntryType enum. */
            enum EntryType {

                /** ENTRY_TYPE_NORMAL value */
                ENTRY_TYPE_NORMAL = 0,

                /** ENTRY_TYPE_CONF_CHANGE value */
                ENTRY_TYPE_CONF_CHANGE = 1
            }

            /**
             * Properties of an Entry.
             * @deprecated Use tessera.peer.v1.Entry.$Properties instead.
             */
            interface IEntry extends tessera.peer.v1.Entry.$Properties {
            }

            /** Represents an Entry. */
            class Entry {

                /**
                 * Constructs a new Entry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.Entry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Entry term. */
                term: number;

                /** Entry index. */
                index: number;

                /** Entry type. */
                type: tessera.peer.v1.EntryType;

                /** Entry data. */
                data: Uint8Array;

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Entry instance
                 */
                static create(properties: tessera.peer.v1.Entry.$Shape): tessera.peer.v1.Entry & tessera.peer.v1.Entry.$Shape;
                static create(properties?: tessera.peer.v1.Entry.$Properties): tessera.peer.v1.Entry;

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link tessera.peer.v1.Entry.verify|verify} messages.
                 * @param message Entry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Entry message, length delimited. Does not implicitly {@link tessera.peer.v1.Entry.verify|verify} messages.
                 * @param message Entry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.Entry & tessera.peer.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.Entry & tessera.peer.v1.Entry.$Shape;

                /**
                 * Decodes an Entry message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.Entry & tessera.peer.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.Entry & tessera.peer.v1.Entry.$Shape;

                /**
                 * Verifies an Entry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Entry
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.Entry;

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @param message Entry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.Entry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Entry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Entry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Entry {

                /** Properties of an Entry. */
                interface $Properties {

                    /** Entry term */
                    term?: (number|null);

                    /** Entry index */
                    index?: (number|null);

                    /** Entry type */
                    type?: (tessera.peer.v1.EntryType|null);

                    /** Entry data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Entry. */
                type $Shape = tessera.peer.v1.Entry.$Properties;
            }

            /**
             * Properties of a ConfState.
             * @deprecated Use tessera.peer.v1.ConfState.$Properties instead.
             */
            interface IConfState extends tessera.peer.v1.ConfState.$Properties {
            }

            /** Represents a ConfState. */
            class ConfState {

                /**
                 * Constructs a new ConfState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.ConfState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfState voters. */
                voters: number[];

                /** ConfState learners. */
                learners: number[];

                /**
                 * Creates a new ConfState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfState instance
                 */
                static create(properties: tessera.peer.v1.ConfState.$Shape): tessera.peer.v1.ConfState & tessera.peer.v1.ConfState.$Shape;
                static create(properties?: tessera.peer.v1.ConfState.$Properties): tessera.peer.v1.ConfState;

                /**
                 * Encodes the specified ConfState message. Does not implicitly {@link tessera.peer.v1.ConfState.verify|verify} messages.
                 * @param message ConfState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConfState message, length delimited. Does not implicitly {@link tessera.peer.v1.ConfState.verify|verify} messages.
                 * @param message ConfState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.ConfState & tessera.peer.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.ConfState & tessera.peer.v1.ConfState.$Shape;

                /**
                 * Decodes a ConfState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.ConfState & tessera.peer.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.ConfState & tessera.peer.v1.ConfState.$Shape;

                /**
                 * Verifies a ConfState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfState
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.ConfState;

                /**
                 * Creates a plain object from a ConfState message. Also converts values to other types if specified.
                 * @param message ConfState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.ConfState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConfState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfState {

                /** Properties of a ConfState. */
                interface $Properties {

                    /** ConfState voters */
                    voters?: (number[]|null);

                    /** ConfState learners */
                    learners?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfState. */
                type $Shape = tessera.peer.v1.ConfState.$Properties;
            }

            /**
             * Properties of a SnapshotMetadata.
             * @deprecated Use tessera.peer.v1.SnapshotMetadata.$Properties instead.
             */
            interface ISnapshotMetadata extends tessera.peer.v1.SnapshotMetadata.$Properties {
            }

            /** Represents a SnapshotMetadata. */
            class SnapshotMetadata {

                /**
                 * Constructs a new SnapshotMetadata.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.SnapshotMetadata.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotMetadata index. */
                index: number;

                /** SnapshotMetadata term. */
                term: number;

                /** SnapshotMetadata confState. */
                confState?: (tessera.peer.v1.ConfState.$Properties|null);

                /**
                 * Creates a new SnapshotMetadata instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotMetadata instance
                 */
                static create(properties: tessera.peer.v1.SnapshotMetadata.$Shape): tessera.peer.v1.SnapshotMetadata & tessera.peer.v1.SnapshotMetadata.$Shape;
                static create(properties?: tessera.peer.v1.SnapshotMetadata.$Properties): tessera.peer.v1.SnapshotMetadata;

                /**
                 * Encodes the specified SnapshotMetadata message. Does not implicitly {@link tessera.peer.v1.SnapshotMetadata.verify|verify} messages.
                 * @param message SnapshotMetadata message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.SnapshotMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotMetadata message, length delimited. Does not implicitly {@link tessera.peer.v1.SnapshotMetadata.verify|verify} messages.
                 * @param message SnapshotMetadata message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.SnapshotMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotMetadata message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.SnapshotMetadata & tessera.peer.v1.SnapshotMetadata.$Shape} SnapshotMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.SnapshotMetadata & tessera.peer.v1.SnapshotMetadata.$Shape;

                /**
                 * Decodes a SnapshotMetadata message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.SnapshotMetadata & tessera.peer.v1.SnapshotMetadata.$Shape} SnapshotMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.SnapshotMetadata & tessera.peer.v1.SnapshotMetadata.$Shape;

                /**
                 * Verifies a SnapshotMetadata message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotMetadata message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotMetadata
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.SnapshotMetadata;

                /**
                 * Creates a plain object from a SnapshotMetadata message. Also converts values to other types if specified.
                 * @param message SnapshotMetadata
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.SnapshotMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotMetadata to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotMetadata
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotMetadata {

                /** Properties of a SnapshotMetadata. */
                interface $Properties {

                    /** SnapshotMetadata index */
                    index?: (number|null);

                    /** SnapshotMetadata term */
                    term?: (number|null);

                    /** SnapshotMetadata confState */
                    confState?: (tessera.peer.v1.ConfState.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotMetadata. */
                type $Shape = tessera.peer.v1.SnapshotMetadata.$Properties;
            }

            /**
             * Properties of a SnapshotChunk.
             * @deprecated Use tessera.peer.v1.SnapshotChunk.$Properties instead.
             */
            interface ISnapshotChunk extends tessera.peer.v1.SnapshotChunk.$Properties {
            }

            /** Represents a SnapshotChunk. */
            class SnapshotChunk {

                /**
                 * Constructs a new SnapshotChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.SnapshotChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotChunk metadata. */
                metadata?: (tessera.peer.v1.SnapshotMetadata.$Properties|null);

                /** SnapshotChunk offset. */
                offset: number;

                /** SnapshotChunk totalBytes. */
                totalBytes: number;

                /** SnapshotChunk data. */
                data: Uint8Array;

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotChunk instance
                 */
                static create(properties: tessera.peer.v1.SnapshotChunk.$Shape): tessera.peer.v1.SnapshotChunk & tessera.peer.v1.SnapshotChunk.$Shape;
                static create(properties?: tessera.peer.v1.SnapshotChunk.$Properties): tessera.peer.v1.SnapshotChunk;

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link tessera.peer.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotChunk message, length delimited. Does not implicitly {@link tessera.peer.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.SnapshotChunk & tessera.peer.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.SnapshotChunk & tessera.peer.v1.SnapshotChunk.$Shape;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.SnapshotChunk & tessera.peer.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.SnapshotChunk & tessera.peer.v1.SnapshotChunk.$Shape;

                /**
                 * Verifies a SnapshotChunk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotChunk
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.SnapshotChunk;

                /**
                 * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
                 * @param message SnapshotChunk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.SnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotChunk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotChunk {

                /** Properties of a SnapshotChunk. */
                interface $Properties {

                    /** SnapshotChunk metadata */
                    metadata?: (tessera.peer.v1.SnapshotMetadata.$Properties|null);

                    /** SnapshotChunk offset */
                    offset?: (number|null);

                    /** SnapshotChunk totalBytes */
                    totalBytes?: (number|null);

                    /** SnapshotChunk data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotChunk. */
                type $Shape = tessera.peer.v1.SnapshotChunk.$Properties;
            }

            /**
             * Properties of a Message.
             * @deprecated Use tessera.peer.v1.Message.$Properties instead.
             */
            interface IMessage extends tessera.peer.v1.Message.$Properties {
            }

            /** Represents a Message. */
            class Message {

                /**
                 * Constructs a new Message.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.Message.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Message type. */
                type: tessera.peer.v1.MessageType;

                /** Message from. */
                from: number;

                /** Message to. */
                to: number;

                /** Message term. */
                term: number;

                /** Message logTerm. */
                logTerm: number;

                /** Message index. */
                index: number;

                /** Message entries. */
                entries: tessera.peer.v1.Entry.$Properties[];

                /** Message commit. */
                commit: number;

                /** Message reject. */
                reject: boolean;

                /** Message rejectHint. */
                rejectHint: number;

                /** Message context. */
                context: Uint8Array;

                /** Message transfer. */
                transfer: boolean;

                /** Message snapshot. */
                snapshot?: (tessera.peer.v1.SnapshotChunk.$Properties|null);

                /** Message snapshotBytesReceived. */
                snapshotBytesReceived: number;

                /**
                 * Creates a new Message instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Message instance
                 */
                static create(properties: tessera.peer.v1.Message.$Shape): tessera.peer.v1.Message & tessera.peer.v1.Message.$Shape;
                static create(properties?: tessera.peer.v1.Message.$Properties): tessera.peer.v1.Message;

                /**
                 * Encodes the specified Message message. Does not implicitly {@link tessera.peer.v1.Message.verify|verify} messages.
                 * @param message Message message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Message message, length delimited. Does not implicitly {@link tessera.peer.v1.Message.verify|verify} messages.
                 * @param message Message message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Message message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.Message & tessera.peer.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.Message & tessera.peer.v1.Message.$Shape;

                /**
                 * Decodes a Message message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.Message & tessera.peer.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.Message & tessera.peer.v1.Message.$Shape;

                /**
                 * Verifies a Message message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Message message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Message
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.Message;

                /**
                 * Creates a plain object from a Message message. Also converts values to other types if specified.
                 * @param message Message
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Message to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Message
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {

                /** Properties of a Message. */
                interface $Properties {

                    /** Message type */
                    type?: (tessera.peer.v1.MessageType|null);

                    /** Message from */
                    from?: (number|null);

                    /** Message to */
                    to?: (number|null);

                    /** Message term */
                    term?: (number|null);

                    /** Message logTerm */
                    logTerm?: (number|null);

                    /** Message index */
                    index?: (number|null);

                    /** Message entries */
                    entries?: (tessera.peer.v1.Entry.$Properties[]|null);

                    /** Message commit */
                    commit?: (number|null);

                    /** Message reject */
                    reject?: (boolean|null);

                    /** Message rejectHint */
                    rejectHint?: (number|null);

                    /** Message context */
                    context?: (Uint8Array|null);

                    /** Message transfer */
                    transfer?: (boolean|null);

                    /** Message snapshot */
                    snapshot?: (tessera.peer.v1.SnapshotChunk.$Properties|null);

                    /** Message snapshotBytesReceived */
                    snapshotBytesReceived?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Message. */
                type $Shape = tessera.peer.v1.Message.$Properties;
            }

            /**
             * Properties of a RaftBatch.
             * @deprecated Use tessera.peer.v1.RaftBatch.$Properties instead.
             */
            interface IRaftBatch extends tessera.peer.v1.RaftBatch.$Properties {
            }

            /** Represents a RaftBatch. */
            class RaftBatch {

                /**
                 * Constructs a new RaftBatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.RaftBatch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RaftBatch messages. */
                messages: tessera.peer.v1.Message.$Properties[];

                /**
                 * Creates a new RaftBatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RaftBatch instance
                 */
                static create(properties: tessera.peer.v1.RaftBatch.$Shape): tessera.peer.v1.RaftBatch & tessera.peer.v1.RaftBatch.$Shape;
                static create(properties?: tessera.peer.v1.RaftBatch.$Properties): tessera.peer.v1.RaftBatch;

                /**
                 * Encodes the specified RaftBatch message. Does not implicitly {@link tessera.peer.v1.RaftBatch.verify|verify} messages.
                 * @param message RaftBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.RaftBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RaftBatch message, length delimited. Does not implicitly {@link tessera.peer.v1.RaftBatch.verify|verify} messages.
                 * @param message RaftBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.RaftBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RaftBatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.RaftBatch & tessera.peer.v1.RaftBatch.$Shape} RaftBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.RaftBatch & tessera.peer.v1.RaftBatch.$Shape;

                /**
                 * Decodes a RaftBatch message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.RaftBatch & tessera.peer.v1.RaftBatch.$Shape} RaftBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.RaftBatch & tessera.peer.v1.RaftBatch.$Shape;

                /**
                 * Verifies a RaftBatch message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RaftBatch message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RaftBatch
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.RaftBatch;

                /**
                 * Creates a plain object from a RaftBatch message. Also converts values to other types if specified.
                 * @param message RaftBatch
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.RaftBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RaftBatch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RaftBatch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RaftBatch {

                /** Properties of a RaftBatch. */
                interface $Properties {

                    /** RaftBatch messages */
                    messages?: (tessera.peer.v1.Message.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RaftBatch. */
                type $Shape = tessera.peer.v1.RaftBatch.$Properties;
            }

            /**
             * Properties of a RaftAck.
             * @deprecated Use tessera.peer.v1.RaftAck.$Properties instead.
             */
            interface IRaftAck extends tessera.peer.v1.RaftAck.$Properties {
            }

            /** Represents a RaftAck. */
            class RaftAck {

                /**
                 * Constructs a new RaftAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.RaftAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RaftAck credits. */
                credits: number;

                /**
                 * Creates a new RaftAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RaftAck instance
                 */
                static create(properties: tessera.peer.v1.RaftAck.$Shape): tessera.peer.v1.RaftAck & tessera.peer.v1.RaftAck.$Shape;
                static create(properties?: tessera.peer.v1.RaftAck.$Properties): tessera.peer.v1.RaftAck;

                /**
                 * Encodes the specified RaftAck message. Does not implicitly {@link tessera.peer.v1.RaftAck.verify|verify} messages.
                 * @param message RaftAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.RaftAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RaftAck message, length delimited. Does not implicitly {@link tessera.peer.v1.RaftAck.verify|verify} messages.
                 * @param message RaftAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.RaftAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RaftAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.RaftAck & tessera.peer.v1.RaftAck.$Shape} RaftAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.RaftAck & tessera.peer.v1.RaftAck.$Shape;

                /**
                 * Decodes a RaftAck message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.RaftAck & tessera.peer.v1.RaftAck.$Shape} RaftAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.RaftAck & tessera.peer.v1.RaftAck.$Shape;

                /**
                 * Verifies a RaftAck message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RaftAck message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RaftAck
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.RaftAck;

                /**
                 * Creates a plain object from a RaftAck message. Also converts values to other types if specified.
                 * @param message RaftAck
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.RaftAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RaftAck to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RaftAck
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RaftAck {

                /** Properties of a RaftAck. */
                interface $Properties {

                    /** RaftAck credits */
                    credits?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RaftAck. */
                type $Shape = tessera.peer.v1.RaftAck.$Properties;
            }

            /**
             * Properties of a SnapshotPart.
             * @deprecated Use tessera.peer.v1.SnapshotPart.$Properties instead.
             */
            interface ISnapshotPart extends tessera.peer.v1.SnapshotPart.$Properties {
            }

            /** Represents a SnapshotPart. */
            class SnapshotPart {

                /**
                 * Constructs a new SnapshotPart.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.SnapshotPart.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotPart message. */
                message?: (tessera.peer.v1.Message.$Properties|null);

                /**
                 * Creates a new SnapshotPart instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotPart instance
                 */
                static create(properties: tessera.peer.v1.SnapshotPart.$Shape): tessera.peer.v1.SnapshotPart & tessera.peer.v1.SnapshotPart.$Shape;
                static create(properties?: tessera.peer.v1.SnapshotPart.$Properties): tessera.peer.v1.SnapshotPart;

                /**
                 * Encodes the specified SnapshotPart message. Does not implicitly {@link tessera.peer.v1.SnapshotPart.verify|verify} messages.
                 * @param message SnapshotPart message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.SnapshotPart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotPart message, length delimited. Does not implicitly {@link tessera.peer.v1.SnapshotPart.verify|verify} messages.
                 * @param message SnapshotPart message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.SnapshotPart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotPart message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.SnapshotPart & tessera.peer.v1.SnapshotPart.$Shape} SnapshotPart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.SnapshotPart & tessera.peer.v1.SnapshotPart.$Shape;

                /**
                 * Decodes a SnapshotPart message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.SnapshotPart & tessera.peer.v1.SnapshotPart.$Shape} SnapshotPart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.SnapshotPart & tessera.peer.v1.SnapshotPart.$Shape;

                /**
                 * Verifies a SnapshotPart message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotPart message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotPart
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.SnapshotPart;

                /**
                 * Creates a plain object from a SnapshotPart message. Also converts values to other types if specified.
                 * @param message SnapshotPart
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.SnapshotPart, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotPart to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotPart
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotPart {

                /** Properties of a SnapshotPart. */
                interface $Properties {

                    /** SnapshotPart message */
                    message?: (tessera.peer.v1.Message.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotPart. */
                type $Shape = tessera.peer.v1.SnapshotPart.$Properties;
            }

            /**
             * Properties of a SnapshotAck.
             * @deprecated Use tessera.peer.v1.SnapshotAck.$Properties instead.
             */
            interface ISnapshotAck extends tessera.peer.v1.SnapshotAck.$Properties {
            }

            /** Represents a SnapshotAck. */
            class SnapshotAck {

                /**
                 * Constructs a new SnapshotAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.SnapshotAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotAck parts. */
                parts: number;

                /** SnapshotAck bytes. */
                bytes: number;

                /**
                 * Creates a new SnapshotAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotAck instance
                 */
                static create(properties: tessera.peer.v1.SnapshotAck.$Shape): tessera.peer.v1.SnapshotAck & tessera.peer.v1.SnapshotAck.$Shape;
                static create(properties?: tessera.peer.v1.SnapshotAck.$Properties): tessera.peer.v1.SnapshotAck;

                /**
                 * Encodes the specified SnapshotAck message. Does not implicitly {@link tessera.peer.v1.SnapshotAck.verify|verify} messages.
                 * @param message SnapshotAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.SnapshotAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotAck message, length delimited. Does not implicitly {@link tessera.peer.v1.SnapshotAck.verify|verify} messages.
                 * @param message SnapshotAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.SnapshotAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.SnapshotAck & tessera.peer.v1.SnapshotAck.$Shape} SnapshotAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.SnapshotAck & tessera.peer.v1.SnapshotAck.$Shape;

                /**
                 * Decodes a SnapshotAck message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.SnapshotAck & tessera.peer.v1.SnapshotAck.$Shape} SnapshotAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.SnapshotAck & tessera.peer.v1.SnapshotAck.$Shape;

                /**
                 * Verifies a SnapshotAck message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotAck message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotAck
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.SnapshotAck;

                /**
                 * Creates a plain object from a SnapshotAck message. Also converts values to other types if specified.
                 * @param message SnapshotAck
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.SnapshotAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotAck to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotAck
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotAck {

                /** Properties of a SnapshotAck. */
                interface $Properties {

                    /** SnapshotAck parts */
                    parts?: (number|null);

                    /** SnapshotAck bytes */
                    bytes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotAck. */
                type $Shape = tessera.peer.v1.SnapshotAck.$Properties;
            }

            /**
             * Properties of a NonceRequest.
             * @deprecated Use tessera.peer.v1.NonceRequest.$Properties instead.
             */
            interface INonceRequest extends tessera.peer.v1.NonceRequest.$Properties {
            }

            /** Represents a NonceRequest. */
            class NonceRequest {

                /**
                 * Constructs a new NonceRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.NonceRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NonceRequest nodePublicKey. */
                nodePublicKey: Uint8Array;

                /**
                 * Creates a new NonceRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NonceRequest instance
                 */
                static create(properties: tessera.peer.v1.NonceRequest.$Shape): tessera.peer.v1.NonceRequest & tessera.peer.v1.NonceRequest.$Shape;
                static create(properties?: tessera.peer.v1.NonceRequest.$Properties): tessera.peer.v1.NonceRequest;

                /**
                 * Encodes the specified NonceRequest message. Does not implicitly {@link tessera.peer.v1.NonceRequest.verify|verify} messages.
                 * @param message NonceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.NonceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified NonceRequest message, length delimited. Does not implicitly {@link tessera.peer.v1.NonceRequest.verify|verify} messages.
                 * @param message NonceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.NonceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NonceRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.NonceRequest & tessera.peer.v1.NonceRequest.$Shape} NonceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.NonceRequest & tessera.peer.v1.NonceRequest.$Shape;

                /**
                 * Decodes a NonceRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.NonceRequest & tessera.peer.v1.NonceRequest.$Shape} NonceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.NonceRequest & tessera.peer.v1.NonceRequest.$Shape;

                /**
                 * Verifies a NonceRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NonceRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NonceRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.NonceRequest;

                /**
                 * Creates a plain object from a NonceRequest message. Also converts values to other types if specified.
                 * @param message NonceRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.NonceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NonceRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for NonceRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace NonceRequest {

                /** Properties of a NonceRequest. */
                interface $Properties {

                    /** NonceRequest nodePublicKey */
                    nodePublicKey?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NonceRequest. */
                type $Shape = tessera.peer.v1.NonceRequest.$Properties;
            }

            /**
             * Properties of a NonceResponse.
             * @deprecated Use tessera.peer.v1.NonceResponse.$Properties instead.
             */
            interface INonceResponse extends tessera.peer.v1.NonceResponse.$Properties {
            }

            /** Represents a NonceResponse. */
            class NonceResponse {

                /**
                 * Constructs a new NonceResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.NonceResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NonceResponse nonce. */
                nonce: Uint8Array;

                /** NonceResponse expiresAtUnixMs. */
                expiresAtUnixMs: number;

                /** NonceResponse leaderHint. */
                leaderHint: string;

                /**
                 * Creates a new NonceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NonceResponse instance
                 */
                static create(properties: tessera.peer.v1.NonceResponse.$Shape): tessera.peer.v1.NonceResponse & tessera.peer.v1.NonceResponse.$Shape;
                static create(properties?: tessera.peer.v1.NonceResponse.$Properties): tessera.peer.v1.NonceResponse;

                /**
                 * Encodes the specified NonceResponse message. Does not implicitly {@link tessera.peer.v1.NonceResponse.verify|verify} messages.
                 * @param message NonceResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.NonceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified NonceResponse message, length delimited. Does not implicitly {@link tessera.peer.v1.NonceResponse.verify|verify} messages.
                 * @param message NonceResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.NonceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NonceResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.NonceResponse & tessera.peer.v1.NonceResponse.$Shape} NonceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.NonceResponse & tessera.peer.v1.NonceResponse.$Shape;

                /**
                 * Decodes a NonceResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.NonceResponse & tessera.peer.v1.NonceResponse.$Shape} NonceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.NonceResponse & tessera.peer.v1.NonceResponse.$Shape;

                /**
                 * Verifies a NonceResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NonceResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NonceResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.NonceResponse;

                /**
                 * Creates a plain object from a NonceResponse message. Also converts values to other types if specified.
                 * @param message NonceResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.NonceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NonceResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for NonceResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace NonceResponse {

                /** Properties of a NonceResponse. */
                interface $Properties {

                    /** NonceResponse nonce */
                    nonce?: (Uint8Array|null);

                    /** NonceResponse expiresAtUnixMs */
                    expiresAtUnixMs?: (number|null);

                    /** NonceResponse leaderHint */
                    leaderHint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NonceResponse. */
                type $Shape = tessera.peer.v1.NonceResponse.$Properties;
            }

            /**
             * Properties of a JoinRequest.
             * @deprecated Use tessera.peer.v1.JoinRequest.$Properties instead.
             */
            interface IJoinRequest extends tessera.peer.v1.JoinRequest.$Properties {
            }

            /** Represents a JoinRequest. */
            class JoinRequest {

                /**
                 * Constructs a new JoinRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.JoinRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** JoinRequest nodePublicKey. */
                nodePublicKey: Uint8Array;

                /** JoinRequest quote. */
                quote: Uint8Array;

                /** JoinRequest tickets. */
                tickets: Uint8Array[];

                /** JoinRequest address. */
                address: string;

                /** JoinRequest nonce. */
                nonce: Uint8Array;

                /** JoinRequest clientAddress. */
                clientAddress: string;

                /**
                 * Creates a new JoinRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JoinRequest instance
                 */
                static create(properties: tessera.peer.v1.JoinRequest.$Shape): tessera.peer.v1.JoinRequest & tessera.peer.v1.JoinRequest.$Shape;
                static create(properties?: tessera.peer.v1.JoinRequest.$Properties): tessera.peer.v1.JoinRequest;

                /**
                 * Encodes the specified JoinRequest message. Does not implicitly {@link tessera.peer.v1.JoinRequest.verify|verify} messages.
                 * @param message JoinRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link tessera.peer.v1.JoinRequest.verify|verify} messages.
                 * @param message JoinRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JoinRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.JoinRequest & tessera.peer.v1.JoinRequest.$Shape} JoinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.JoinRequest & tessera.peer.v1.JoinRequest.$Shape;

                /**
                 * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.JoinRequest & tessera.peer.v1.JoinRequest.$Shape} JoinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.JoinRequest & tessera.peer.v1.JoinRequest.$Shape;

                /**
                 * Verifies a JoinRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns JoinRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.JoinRequest;

                /**
                 * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
                 * @param message JoinRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.JoinRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this JoinRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for JoinRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinRequest {

                /** Properties of a JoinRequest. */
                interface $Properties {

                    /** JoinRequest nodePublicKey */
                    nodePublicKey?: (Uint8Array|null);

                    /** JoinRequest quote */
                    quote?: (Uint8Array|null);

                    /** JoinRequest tickets */
                    tickets?: (Uint8Array[]|null);

                    /** JoinRequest address */
                    address?: (string|null);

                    /** JoinRequest nonce */
                    nonce?: (Uint8Array|null);

                    /** JoinRequest clientAddress */
                    clientAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a JoinRequest. */
                type $Shape = tessera.peer.v1.JoinRequest.$Properties;
            }

            /**
             * Properties of a JoinResponse.
             * @deprecated Use tessera.peer.v1.JoinResponse.$Properties instead.
             */
            interface IJoinResponse extends tessera.peer.v1.JoinResponse.$Properties {
            }

            /** Represents a JoinResponse. */
            class JoinResponse {

                /**
                 * Constructs a new JoinResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.JoinResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** JoinResponse admitted. */
                admitted: boolean;

                /** JoinResponse refusalReason. */
                refusalReason: string;

                /** JoinResponse message. */
                message: string;

                /** JoinResponse memberId. */
                memberId: number;

                /** JoinResponse leaderHint. */
                leaderHint: string;

                /**
                 * Creates a new JoinResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JoinResponse instance
                 */
                static create(properties: tessera.peer.v1.JoinResponse.$Shape): tessera.peer.v1.JoinResponse & tessera.peer.v1.JoinResponse.$Shape;
                static create(properties?: tessera.peer.v1.JoinResponse.$Properties): tessera.peer.v1.JoinResponse;

                /**
                 * Encodes the specified JoinResponse message. Does not implicitly {@link tessera.peer.v1.JoinResponse.verify|verify} messages.
                 * @param message JoinResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.JoinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified JoinResponse message, length delimited. Does not implicitly {@link tessera.peer.v1.JoinResponse.verify|verify} messages.
                 * @param message JoinResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.JoinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JoinResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.JoinResponse & tessera.peer.v1.JoinResponse.$Shape} JoinResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.JoinResponse & tessera.peer.v1.JoinResponse.$Shape;

                /**
                 * Decodes a JoinResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.JoinResponse & tessera.peer.v1.JoinResponse.$Shape} JoinResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.JoinResponse & tessera.peer.v1.JoinResponse.$Shape;

                /**
                 * Verifies a JoinResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a JoinResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns JoinResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.JoinResponse;

                /**
                 * Creates a plain object from a JoinResponse message. Also converts values to other types if specified.
                 * @param message JoinResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.JoinResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this JoinResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for JoinResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinResponse {

                /** Properties of a JoinResponse. */
                interface $Properties {

                    /** JoinResponse admitted */
                    admitted?: (boolean|null);

                    /** JoinResponse refusalReason */
                    refusalReason?: (string|null);

                    /** JoinResponse message */
                    message?: (string|null);

                    /** JoinResponse memberId */
                    memberId?: (number|null);

                    /** JoinResponse leaderHint */
                    leaderHint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a JoinResponse. */
                type $Shape = tessera.peer.v1.JoinResponse.$Properties;
            }

            /**
             * Properties of an AttestRequest.
             * @deprecated Use tessera.peer.v1.AttestRequest.$Properties instead.
             */
            interface IAttestRequest extends tessera.peer.v1.AttestRequest.$Properties {
            }

            /** Represents an AttestRequest. */
            class AttestRequest {

                /**
                 * Constructs a new AttestRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.AttestRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttestRequest nonce. */
                nonce: Uint8Array;

                /**
                 * Creates a new AttestRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttestRequest instance
                 */
                static create(properties: tessera.peer.v1.AttestRequest.$Shape): tessera.peer.v1.AttestRequest & tessera.peer.v1.AttestRequest.$Shape;
                static create(properties?: tessera.peer.v1.AttestRequest.$Properties): tessera.peer.v1.AttestRequest;

                /**
                 * Encodes the specified AttestRequest message. Does not implicitly {@link tessera.peer.v1.AttestRequest.verify|verify} messages.
                 * @param message AttestRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.AttestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttestRequest message, length delimited. Does not implicitly {@link tessera.peer.v1.AttestRequest.verify|verify} messages.
                 * @param message AttestRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.AttestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttestRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.AttestRequest & tessera.peer.v1.AttestRequest.$Shape} AttestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.AttestRequest & tessera.peer.v1.AttestRequest.$Shape;

                /**
                 * Decodes an AttestRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.AttestRequest & tessera.peer.v1.AttestRequest.$Shape} AttestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.AttestRequest & tessera.peer.v1.AttestRequest.$Shape;

                /**
                 * Verifies an AttestRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttestRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttestRequest
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.AttestRequest;

                /**
                 * Creates a plain object from an AttestRequest message. Also converts values to other types if specified.
                 * @param message AttestRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.AttestRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttestRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttestRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttestRequest {

                /** Properties of an AttestRequest. */
                interface $Properties {

                    /** AttestRequest nonce */
                    nonce?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttestRequest. */
                type $Shape = tessera.peer.v1.AttestRequest.$Properties;
            }

            /**
             * Properties of an AttestResponse.
             * @deprecated Use tessera.peer.v1.AttestResponse.$Properties instead.
             */
            interface IAttestResponse extends tessera.peer.v1.AttestResponse.$Properties {
            }

            /** Represents an AttestResponse. */
            class AttestResponse {

                /**
                 * Constructs a new AttestResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tessera.peer.v1.AttestResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttestResponse quote. */
                quote: Uint8Array;

                /** AttestResponse nodePublicKey. */
                nodePublicKey: Uint8Array;

                /**
                 * Creates a new AttestResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttestResponse instance
                 */
                static create(properties: tessera.peer.v1.AttestResponse.$Shape): tessera.peer.v1.AttestResponse & tessera.peer.v1.AttestResponse.$Shape;
                static create(properties?: tessera.peer.v1.AttestResponse.$Properties): tessera.peer.v1.AttestResponse;

                /**
                 * Encodes the specified AttestResponse message. Does not implicitly {@link tessera.peer.v1.AttestResponse.verify|verify} messages.
                 * @param message AttestResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tessera.peer.v1.AttestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttestResponse message, length delimited. Does not implicitly {@link tessera.peer.v1.AttestResponse.verify|verify} messages.
                 * @param message AttestResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: tessera.peer.v1.AttestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttestResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tessera.peer.v1.AttestResponse & tessera.peer.v1.AttestResponse.$Shape} AttestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tessera.peer.v1.AttestResponse & tessera.peer.v1.AttestResponse.$Shape;

                /**
                 * Decodes an AttestResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {tessera.peer.v1.AttestResponse & tessera.peer.v1.AttestResponse.$Shape} AttestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tessera.peer.v1.AttestResponse & tessera.peer.v1.AttestResponse.$Shape;

                /**
                 * Verifies an AttestResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttestResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttestResponse
                 */
                static fromObject(object: { [k: string]: any }): tessera.peer.v1.AttestResponse;

                /**
                 * Creates a plain object from an AttestResponse message. Also converts values to other types if specified.
                 * @param message AttestResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: tessera.peer.v1.AttestResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttestResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttestResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttestResponse {

                /** Properties of an AttestResponse. */
                interface $Properties {

                    /** AttestResponse quote */
                    quote?: (Uint8Array|null);

                    /** AttestResponse nodePublicKey */
                    nodePublicKey?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttestResponse. */
                type $Shape = tessera.peer.v1.AttestResponse.$Properties;
            }
        }
    }
}
