/* CoreMIDI/MIDIServices.h: cffi declarations for coremusic (framework: CoreMIDI).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct MIDIControlTransform;
struct MIDIEventList;
struct MIDIEventPacket;
struct MIDIIOErrorNotification;
struct MIDIMessage_128;
struct MIDIMessage_64;
struct MIDIMessage_96;
struct MIDINotification;
struct MIDIObjectAddRemoveNotification;
struct MIDIObjectPropertyChangeNotification;
struct MIDIPacket;
struct MIDIPacketList;
struct MIDISysexSendRequest;
struct MIDISysexSendRequestUMP;
struct MIDIThruConnectionEndpoint;
struct MIDIThruConnectionParams;
struct MIDITransform;
struct MIDIUniversalMessage;
struct MIDIValueMap;

/* ---- types ---- */
typedef unsigned int MIDICVStatus;
typedef MIDIObjectRef MIDIClientRef;
typedef struct MIDIControlTransform MIDIControlTransform;
typedef MIDIObjectRef MIDIDeviceRef;
typedef MIDIObjectRef MIDIEndpointRef;
typedef MIDIObjectRef MIDIEntityRef;
typedef struct MIDIEventPacket MIDIEventPacket;
typedef struct MIDIIOErrorNotification MIDIIOErrorNotification;
typedef unsigned int MIDIMessageType;
typedef struct MIDIMessage_128 MIDIMessage_128;
typedef UInt32 MIDIMessage_32;
typedef struct MIDIMessage_64 MIDIMessage_64;
typedef struct MIDIMessage_96 MIDIMessage_96;
typedef UInt8 MIDINoteAttribute;
typedef struct MIDINotification MIDINotification;
typedef SInt32 MIDINotificationMessageID;
typedef void (*MIDINotifyProc)(const MIDINotification *, void *);
typedef struct MIDIObjectAddRemoveNotification MIDIObjectAddRemoveNotification;
typedef struct MIDIObjectPropertyChangeNotification MIDIObjectPropertyChangeNotification;
typedef UInt32 MIDIObjectRef;
typedef SInt32 MIDIObjectType;
typedef struct MIDIPacket MIDIPacket;
typedef struct MIDIPacketList MIDIPacketList;
typedef UInt8 MIDIPerNoteManagementOptions;
typedef MIDIObjectRef MIDIPortRef;
typedef UInt8 MIDIProgramChangeOptions;
typedef SInt32 MIDIProtocolID;
typedef void (*MIDIReadProc)(const MIDIPacketList *, void *, void *);
typedef MIDIObjectRef MIDISetupRef;
typedef unsigned int MIDISysExStatus;
typedef struct MIDISysexSendRequest MIDISysexSendRequest;
typedef struct MIDISysexSendRequestUMP MIDISysexSendRequestUMP;
typedef unsigned int MIDISystemStatus;
typedef struct MIDIThruConnectionEndpoint MIDIThruConnectionEndpoint;
typedef struct MIDIThruConnectionParams MIDIThruConnectionParams;
typedef MIDIObjectRef MIDIThruConnectionRef;
typedef UInt64 MIDITimeStamp;
typedef struct MIDITransform MIDITransform;
typedef UInt8 MIDITransformControlType;
typedef UInt16 MIDITransformType;
typedef SInt32 MIDIUniqueID;
typedef struct MIDIUniversalMessage MIDIUniversalMessage;
typedef unsigned int MIDIUtilityStatus;
typedef struct MIDIValueMap MIDIValueMap;
struct MIDIControlTransform {
    MIDITransformControlType controlType;
    MIDITransformControlType remappedControlType;
    UInt16 controlNumber;
    MIDITransformType transform;
    SInt16 param;
};
struct MIDIEventList {
    MIDIProtocolID protocol;
    UInt32 numPackets;
    MIDIEventPacket packet[1];
};
struct MIDIEventPacket {
    UInt32 timeStamp[2];  /* SDK: MIDITimeStamp under #pragma pack(4) */
    UInt32 wordCount;
    UInt32 words[64];
};
struct MIDIIOErrorNotification {
    MIDINotificationMessageID messageID;
    UInt32 messageSize;
    MIDIDeviceRef driverDevice;
    OSStatus errorCode;
};
struct MIDIMessage_128 {
    UInt32 word0;
    UInt32 word1;
    UInt32 word2;
    UInt32 word3;
};
struct MIDIMessage_64 {
    UInt32 word0;
    UInt32 word1;
};
struct MIDIMessage_96 {
    UInt32 word0;
    UInt32 word1;
    UInt32 word2;
};
struct MIDINotification {
    MIDINotificationMessageID messageID;
    UInt32 messageSize;
};
struct MIDIObjectAddRemoveNotification {
    MIDINotificationMessageID messageID;
    UInt32 messageSize;
    MIDIObjectRef parent;
    MIDIObjectType parentType;
    MIDIObjectRef child;
    MIDIObjectType childType;
};
struct MIDIObjectPropertyChangeNotification {
    MIDINotificationMessageID messageID;
    UInt32 messageSize;
    MIDIObjectRef object;
    MIDIObjectType objectType;
    CFStringRef propertyName;
};
struct MIDIPacket {
    UInt32 timeStamp[2];  /* SDK: MIDITimeStamp under #pragma pack(4) */
    UInt16 length;
    Byte data[256];
};
struct MIDIPacketList {
    UInt32 numPackets;
    MIDIPacket packet[1];
};
struct MIDIThruConnectionEndpoint {
    MIDIEndpointRef endpointRef;
    MIDIUniqueID uniqueID;
};
struct MIDIThruConnectionParams {
    UInt32 version;
    UInt32 numSources;
    MIDIThruConnectionEndpoint sources[8];
    UInt32 numDestinations;
    MIDIThruConnectionEndpoint destinations[8];
    UInt8 channelMap[16];
    UInt8 lowVelocity;
    UInt8 highVelocity;
    UInt8 lowNote;
    UInt8 highNote;
    MIDITransform noteNumber;
    MIDITransform velocity;
    MIDITransform keyPressure;
    MIDITransform channelPressure;
    MIDITransform programChange;
    MIDITransform pitchBend;
    UInt8 filterOutSysEx;
    UInt8 filterOutMTC;
    UInt8 filterOutBeatClock;
    UInt8 filterOutTuneRequest;
    UInt8 reserved2[3];
    UInt8 filterOutAllControls;
    UInt16 numControlTransforms;
    UInt16 numMaps;
    UInt16 reserved3[4];
};
struct MIDITransform {
    MIDITransformType transform;
    SInt16 param;
};
struct MIDIUniversalMessage {
    MIDIMessageType type;
    UInt8 group;
    UInt8 reserved[3];
    union {
        struct {
            MIDIUtilityStatus status;
            union {
                UInt16 jitterReductionClock;
                UInt16 jitterReductionTimestamp;
            };
        } utility;
        struct {
            MIDISystemStatus status;
            union {
                UInt8 timeCode;
                UInt16 songPositionPointer;
                UInt8 songSelect;
            };
        } system;
        struct {
            MIDICVStatus status;
            UInt8 channel;
            UInt8 reserved[3];
            union {
                struct {
                    UInt8 number;
                    UInt8 velocity;
                } note;
                struct {
                    UInt8 noteNumber;
                    UInt8 pressure;
                } polyPressure;
                struct {
                    UInt8 index;
                    UInt8 data;
                } controlChange;
                UInt8 program;
                UInt8 channelPressure;
                UInt16 pitchBend;
            };
        } channelVoice1;
        struct {
            MIDISysExStatus status;
            UInt8 channel;
            UInt8 data[6];
            UInt8 reserved;
        } sysEx;
        struct {
            MIDICVStatus status;
            UInt8 channel;
            UInt8 reserved[3];
            union {
                struct {
                    UInt8 number;
                    MIDINoteAttribute attributeType;
                    UInt16 velocity;
                    UInt16 attribute;
                } note;
                struct {
                    UInt8 noteNumber;
                    UInt8 reserved;
                    UInt32 pressure;
                } polyPressure;
                struct {
                    UInt8 index;
                    UInt8 reserved;
                    UInt32 data;
                } controlChange;
                struct {
                    MIDIProgramChangeOptions options;
                    UInt8 program;
                    UInt8 reserved[2];
                    UInt16 bank;
                } programChange;
                struct {
                    UInt32 data;
                    UInt8 reserved[2];
                } channelPressure;
                struct {
                    UInt32 data;
                    UInt8 reserved[2];
                } pitchBend;
                struct {
                    UInt8 noteNumber;
                    UInt8 index;
                    UInt32 data;
                } perNoteController;
                struct {
                    UInt8 bank;
                    UInt8 index;
                    UInt32 data;
                } controller;
                struct {
                    UInt8 noteNumber;
                    UInt8 reserved;
                    UInt32 bend;
                } perNotePitchBend;
                struct {
                    UInt8 note;
                    MIDIPerNoteManagementOptions options;
                    UInt8 reserved[4];
                } perNoteManagement;
            };
        } channelVoice2;
        struct {
            MIDISysExStatus status;
            union {
                struct {
                    UInt8 byteCount;
                    UInt8 streamID;
                    UInt8 data[13];
                    UInt8 reserved;
                } sysex8;
                struct {
                    UInt8 mdsID;
                    UInt8 data[14];
                    UInt8 reserved;
                } mixedDataSet;
            };
        } data128;
        struct {
            UInt32 words[4];
        } unknown;
    };
};
struct MIDIValueMap {
    UInt8 value[128];
};
typedef void (*MIDICompletionProc)(MIDISysexSendRequest *);
typedef void (*MIDICompletionProcUMP)(MIDISysexSendRequestUMP *);
typedef void (*MIDIEventVisitor)(void *, MIDITimeStamp, MIDIUniversalMessage);
struct MIDISysexSendRequest {
    MIDIEndpointRef destination;
    const Byte *data;
    UInt32 bytesToSend;
    Boolean complete;
    Byte reserved[3];
    MIDICompletionProc completionProc;
    void *completionRefCon;
};
struct MIDISysexSendRequestUMP {
    MIDIEndpointRef destination;
    UInt32 *words;
    UInt32 wordsToSend;
    Boolean complete;
    MIDICompletionProcUMP completionProc;
    void *completionRefCon;
};

/* ---- constants ---- */
/* CoreMIDI/MIDIServices.h:enum */
enum {
    kMIDIUnknownError = -10845,
    kMIDINotPermitted = -10844,
    kMIDIIDNotUnique = -10843,
    kMIDIObjectNotFound = -10842,
    kMIDIWrongThread = -10841,
    kMIDISetupFormatErr = -10840,
    kMIDIServerStartErr = -10839,
    kMIDIMessageSendErr = -10838,
    kMIDINoCurrentSetup = -10837,
    kMIDIWrongPropertyType = -10836,
    kMIDIUnknownProperty = -10835,
    kMIDIUnknownEndpoint = -10834,
    kMIDINoConnection = -10833,
    kMIDIWrongEndpointType = -10832,
    kMIDIInvalidPort = -10831,
    kMIDIInvalidClient = -10830,
    kMIDIInvalidUniqueID = 0,
};
/* CoreMIDI/MIDIThruConnection.h:enum */
enum {
    kMIDIThruConnection_MaxEndpoints = 8,
};
/* MIDICVStatus */
enum {
    kMIDICVStatusRegisteredPNC = 0,
    kMIDICVStatusAssignablePNC = 1,
    kMIDICVStatusRegisteredControl = 2,
    kMIDICVStatusAssignableControl = 3,
    kMIDICVStatusRelRegisteredControl = 4,
    kMIDICVStatusRelAssignableControl = 5,
    kMIDICVStatusPerNotePitchBend = 6,
    kMIDICVStatusNoteOff = 8,
    kMIDICVStatusNoteOn = 9,
    kMIDICVStatusPolyPressure = 10,
    kMIDICVStatusControlChange = 11,
    kMIDICVStatusProgramChange = 12,
    kMIDICVStatusChannelPressure = 13,
    kMIDICVStatusPitchBend = 14,
    kMIDICVStatusPerNoteMgmt = 15,
};
/* MIDIMessageType */
enum {
    kMIDIMessageTypeUtility = 0,
    kMIDIMessageTypeSystem = 1,
    kMIDIMessageTypeChannelVoice1 = 2,
    kMIDIMessageTypeSysEx = 3,
    kMIDIMessageTypeChannelVoice2 = 4,
    kMIDIMessageTypeData128 = 5,
    kMIDIMessageTypeUnknownF = 15,
};
/* MIDINoteAttribute */
enum {
    kMIDINoteAttributeNone = 0,
    kMIDINoteAttributeManufacturerSpecific = 1,
    kMIDINoteAttributeProfileSpecific = 2,
    kMIDINoteAttributePitch = 3,
};
/* MIDINotificationMessageID */
enum {
    kMIDIMsgSetupChanged = 1,
    kMIDIMsgObjectAdded = 2,
    kMIDIMsgObjectRemoved = 3,
    kMIDIMsgPropertyChanged = 4,
    kMIDIMsgThruConnectionsChanged = 5,
    kMIDIMsgSerialPortOwnerChanged = 6,
    kMIDIMsgIOError = 7,
};
/* MIDIObjectType */
enum {
    kMIDIObjectType_Other = -1,
    kMIDIObjectType_Device = 0,
    kMIDIObjectType_Entity = 1,
    kMIDIObjectType_Source = 2,
    kMIDIObjectType_Destination = 3,
    kMIDIObjectType_ExternalDevice = 16,
    kMIDIObjectType_ExternalEntity = 17,
    kMIDIObjectType_ExternalSource = 18,
    kMIDIObjectType_ExternalDestination = 19,
};
/* MIDIPerNoteManagementOptions */
enum {
    kMIDIPerNoteManagementReset = 1,
    kMIDIPerNoteManagementDetach = 2,
};
/* MIDIProgramChangeOptions */
enum {
    kMIDIProgramChangeBankValid = 1,
};
/* MIDIProtocolID */
enum {
    kMIDIProtocol_1_0 = 1,
    kMIDIProtocol_2_0 = 2,
};
/* MIDISysExStatus */
enum {
    kMIDISysExStatusComplete = 0,
    kMIDISysExStatusStart = 1,
    kMIDISysExStatusContinue = 2,
    kMIDISysExStatusEnd = 3,
    kMIDISysExStatusMixedDataSetHeader = 8,
    kMIDISysExStatusMixedDataSetPayload = 9,
};
/* MIDISystemStatus */
enum {
    kMIDIStatusStartOfExclusive = 240,
    kMIDIStatusMTC = 241,
    kMIDIStatusSongPosPointer = 242,
    kMIDIStatusSongSelect = 243,
    kMIDIStatusTuneRequest = 246,
    kMIDIStatusEndOfExclusive = 247,
    kMIDIStatusTimingClock = 248,
    kMIDIStatusStart = 250,
    kMIDIStatusContinue = 251,
    kMIDIStatusStop = 252,
    kMIDIStatusActiveSending = 254,
    kMIDIStatusActiveSensing = 254,
    kMIDIStatusSystemReset = 255,
};
/* MIDITransformControlType */
enum {
    kMIDIControlType_7Bit = 0,
    kMIDIControlType_14Bit = 1,
    kMIDIControlType_7BitRPN = 2,
    kMIDIControlType_14BitRPN = 3,
    kMIDIControlType_7BitNRPN = 4,
    kMIDIControlType_14BitNRPN = 5,
};
/* MIDITransformType */
enum {
    kMIDITransform_None = 0,
    kMIDITransform_FilterOut = 1,
    kMIDITransform_MapControl = 2,
    kMIDITransform_Add = 8,
    kMIDITransform_Scale = 9,
    kMIDITransform_MinValue = 10,
    kMIDITransform_MaxValue = 11,
    kMIDITransform_MapValue = 12,
};
/* MIDIUtilityStatus */
enum {
    kMIDIUtilityStatusNOOP = 0,
    kMIDIUtilityStatusJitterReductionClock = 1,
    kMIDIUtilityStatusJitterReductionTimestamp = 2,
};

/* ---- exported data ---- */
extern const CFStringRef kMIDIPropertyAdvanceScheduleTimeMuSec;
extern const CFStringRef kMIDIPropertyCanRoute;
extern const CFStringRef kMIDIPropertyConnectionUniqueID;
extern const CFStringRef kMIDIPropertyDeviceID;
extern const CFStringRef kMIDIPropertyDisplayName;
extern const CFStringRef kMIDIPropertyDriverDeviceEditorApp;
extern const CFStringRef kMIDIPropertyDriverOwner;
extern const CFStringRef kMIDIPropertyDriverVersion;
extern const CFStringRef kMIDIPropertyFactoryPatchNameFile;
extern const CFStringRef kMIDIPropertyImage;
extern const CFStringRef kMIDIPropertyIsBroadcast;
extern const CFStringRef kMIDIPropertyIsDrumMachine;
extern const CFStringRef kMIDIPropertyIsEffectUnit;
extern const CFStringRef kMIDIPropertyIsEmbeddedEntity;
extern const CFStringRef kMIDIPropertyIsMixer;
extern const CFStringRef kMIDIPropertyIsSampler;
extern const CFStringRef kMIDIPropertyManufacturer;
extern const CFStringRef kMIDIPropertyMaxReceiveChannels;
extern const CFStringRef kMIDIPropertyMaxSysExSpeed;
extern const CFStringRef kMIDIPropertyMaxTransmitChannels;
extern const CFStringRef kMIDIPropertyModel;
extern const CFStringRef kMIDIPropertyName;
extern const CFStringRef kMIDIPropertyNameConfiguration;
extern const CFStringRef kMIDIPropertyNameConfigurationDictionary;
extern const CFStringRef kMIDIPropertyOffline;
extern const CFStringRef kMIDIPropertyPanDisruptsStereo;
extern const CFStringRef kMIDIPropertyPrivate;
extern const CFStringRef kMIDIPropertyProtocolID;
extern const CFStringRef kMIDIPropertyReceiveChannels;
extern const CFStringRef kMIDIPropertyReceivesBankSelectLSB;
extern const CFStringRef kMIDIPropertyReceivesBankSelectMSB;
extern const CFStringRef kMIDIPropertyReceivesClock;
extern const CFStringRef kMIDIPropertyReceivesMTC;
extern const CFStringRef kMIDIPropertyReceivesNotes;
extern const CFStringRef kMIDIPropertyReceivesProgramChanges;
extern const CFStringRef kMIDIPropertySingleRealtimeEntity;
extern const CFStringRef kMIDIPropertySupportsGeneralMIDI;
extern const CFStringRef kMIDIPropertySupportsMMC;
extern const CFStringRef kMIDIPropertySupportsShowControl;
extern const CFStringRef kMIDIPropertyTransmitChannels;
extern const CFStringRef kMIDIPropertyTransmitsBankSelectLSB;
extern const CFStringRef kMIDIPropertyTransmitsBankSelectMSB;
extern const CFStringRef kMIDIPropertyTransmitsClock;
extern const CFStringRef kMIDIPropertyTransmitsMTC;
extern const CFStringRef kMIDIPropertyTransmitsNotes;
extern const CFStringRef kMIDIPropertyTransmitsProgramChanges;
extern const CFStringRef kMIDIPropertyUMPActiveGroupBitmap;
extern const CFStringRef kMIDIPropertyUMPCanTransmitGroupless;
extern const CFStringRef kMIDIPropertyUniqueID;
extern const CFStringRef kMIDIPropertyUserPatchNameFile;

/* ---- functions ---- */
/* MIDIBluetoothConnection.h */
OSStatus MIDIBluetoothDriverActivateAllConnections(void);
OSStatus MIDIBluetoothDriverDisconnect(CFStringRef uuid);
/* MIDIMessages.h */
void MIDIEventListForEachEvent(const MIDIEventList *evtlist, MIDIEventVisitor visitor, void *visitorContext);
/* MIDIServices.h */
OSStatus MIDIClientCreate(CFStringRef name, MIDINotifyProc notifyProc, void *notifyRefCon, MIDIClientRef *outClient);
OSStatus MIDIClientCreateWithBlock(CFStringRef name, MIDIClientRef *outClient, void *notifyBlock);  /* SDK: MIDINotifyBlock (a block, passed as a pointer to its literal) */
OSStatus MIDIClientDispose(MIDIClientRef client);
OSStatus MIDIDestinationCreate(MIDIClientRef client, CFStringRef name, MIDIReadProc readProc, void *refCon, MIDIEndpointRef *outDest);
OSStatus MIDIDestinationCreateWithBlock(MIDIClientRef client, CFStringRef name, MIDIEndpointRef *outDest, void *readBlock);  /* SDK: MIDIReadBlock (a block, passed as a pointer to its literal) */
OSStatus MIDIDestinationCreateWithProtocol(MIDIClientRef client, CFStringRef name, MIDIProtocolID protocol, MIDIEndpointRef *outDest, void *readBlock);  /* SDK: MIDIReceiveBlock (a block, passed as a pointer to its literal) */
MIDIEntityRef MIDIDeviceGetEntity(MIDIDeviceRef device, ItemCount entityIndex0);
ItemCount MIDIDeviceGetNumberOfEntities(MIDIDeviceRef device);
OSStatus MIDIEndpointDispose(MIDIEndpointRef endpt);
OSStatus MIDIEndpointGetEntity(MIDIEndpointRef inEndpoint, MIDIEntityRef *outEntity);
MIDIEndpointRef MIDIEntityGetDestination(MIDIEntityRef entity, ItemCount destIndex0);
OSStatus MIDIEntityGetDevice(MIDIEntityRef inEntity, MIDIDeviceRef *outDevice);
ItemCount MIDIEntityGetNumberOfDestinations(MIDIEntityRef entity);
ItemCount MIDIEntityGetNumberOfSources(MIDIEntityRef entity);
MIDIEndpointRef MIDIEntityGetSource(MIDIEntityRef entity, ItemCount sourceIndex0);
MIDIEventPacket *MIDIEventListAdd(MIDIEventList *evtlist, ByteCount listSize, MIDIEventPacket *curPacket, MIDITimeStamp time, ByteCount wordCount, const UInt32 *words);
MIDIEventPacket *MIDIEventListInit(MIDIEventList *evtlist, MIDIProtocolID protocol);
OSStatus MIDIEventPacketSysexBytesForGroup(const MIDIEventPacket *pkt, UInt8 groupIndex, CFDataRef *outData);
OSStatus MIDIFlushOutput(MIDIEndpointRef dest);
MIDIEndpointRef MIDIGetDestination(ItemCount destIndex0);
MIDIDeviceRef MIDIGetDevice(ItemCount deviceIndex0);
MIDIDeviceRef MIDIGetExternalDevice(ItemCount deviceIndex0);
ItemCount MIDIGetNumberOfDestinations(void);
ItemCount MIDIGetNumberOfDevices(void);
ItemCount MIDIGetNumberOfExternalDevices(void);
ItemCount MIDIGetNumberOfSources(void);
MIDIEndpointRef MIDIGetSource(ItemCount sourceIndex0);
OSStatus MIDIInputPortCreate(MIDIClientRef client, CFStringRef portName, MIDIReadProc readProc, void *refCon, MIDIPortRef *outPort);
OSStatus MIDIInputPortCreateWithBlock(MIDIClientRef client, CFStringRef portName, MIDIPortRef *outPort, void *readBlock);  /* SDK: MIDIReadBlock (a block, passed as a pointer to its literal) */
OSStatus MIDIInputPortCreateWithProtocol(MIDIClientRef client, CFStringRef portName, MIDIProtocolID protocol, MIDIPortRef *outPort, void *receiveBlock);  /* SDK: MIDIReceiveBlock (a block, passed as a pointer to its literal) */
OSStatus MIDIObjectFindByUniqueID(MIDIUniqueID inUniqueID, MIDIObjectRef *outObject, MIDIObjectType *outObjectType);
OSStatus MIDIObjectGetDataProperty(MIDIObjectRef obj, CFStringRef propertyID, CFDataRef *outData);
OSStatus MIDIObjectGetDictionaryProperty(MIDIObjectRef obj, CFStringRef propertyID, CFDictionaryRef *outDict);
OSStatus MIDIObjectGetIntegerProperty(MIDIObjectRef obj, CFStringRef propertyID, SInt32 *outValue);
OSStatus MIDIObjectGetProperties(MIDIObjectRef obj, CFPropertyListRef *outProperties, Boolean deep);
OSStatus MIDIObjectGetStringProperty(MIDIObjectRef obj, CFStringRef propertyID, CFStringRef *str);
OSStatus MIDIObjectRemoveProperty(MIDIObjectRef obj, CFStringRef propertyID);
OSStatus MIDIObjectSetDataProperty(MIDIObjectRef obj, CFStringRef propertyID, CFDataRef data);
OSStatus MIDIObjectSetDictionaryProperty(MIDIObjectRef obj, CFStringRef propertyID, CFDictionaryRef dict);
OSStatus MIDIObjectSetIntegerProperty(MIDIObjectRef obj, CFStringRef propertyID, SInt32 value);
OSStatus MIDIObjectSetStringProperty(MIDIObjectRef obj, CFStringRef propertyID, CFStringRef str);
OSStatus MIDIOutputPortCreate(MIDIClientRef client, CFStringRef portName, MIDIPortRef *outPort);
MIDIPacket *MIDIPacketListAdd(MIDIPacketList *pktlist, ByteCount listSize, MIDIPacket *curPacket, MIDITimeStamp time, ByteCount nData, const Byte *data);
MIDIPacket *MIDIPacketListInit(MIDIPacketList *pktlist);
OSStatus MIDIPortConnectSource(MIDIPortRef port, MIDIEndpointRef source, void *connRefCon);
OSStatus MIDIPortDisconnectSource(MIDIPortRef port, MIDIEndpointRef source);
OSStatus MIDIPortDispose(MIDIPortRef port);
OSStatus MIDIReceived(MIDIEndpointRef src, const MIDIPacketList *pktlist);
OSStatus MIDIReceivedEventList(MIDIEndpointRef src, const MIDIEventList *evtlist);
OSStatus MIDIRestart(void);
OSStatus MIDISend(MIDIPortRef port, MIDIEndpointRef dest, const MIDIPacketList *pktlist);
OSStatus MIDISendEventList(MIDIPortRef port, MIDIEndpointRef dest, const MIDIEventList *evtlist);
OSStatus MIDISendSysex(MIDISysexSendRequest *request);
OSStatus MIDISendUMPSysex(MIDISysexSendRequestUMP *umpRequest);
OSStatus MIDISendUMPSysex8(MIDISysexSendRequestUMP *umpRequest);
OSStatus MIDISourceCreate(MIDIClientRef client, CFStringRef name, MIDIEndpointRef *outSrc);
OSStatus MIDISourceCreateWithProtocol(MIDIClientRef client, CFStringRef name, MIDIProtocolID protocol, MIDIEndpointRef *outSrc);
/* MIDISetup.h */
OSStatus MIDIDeviceAddEntity(MIDIDeviceRef device, CFStringRef name, Boolean embedded, ItemCount numSourceEndpoints, ItemCount numDestinationEndpoints, MIDIEntityRef *newEntity);
OSStatus MIDIDeviceNewEntity(MIDIDeviceRef device, CFStringRef name, MIDIProtocolID protocol, Boolean embedded, ItemCount numSourceEndpoints, ItemCount numDestinationEndpoints, MIDIEntityRef *newEntity);
OSStatus MIDIDeviceRemoveEntity(MIDIDeviceRef device, MIDIEntityRef entity);
OSStatus MIDIEntityAddOrRemoveEndpoints(MIDIEntityRef entity, ItemCount numSourceEndpoints, ItemCount numDestinationEndpoints);
OSStatus MIDIExternalDeviceCreate(CFStringRef name, CFStringRef manufacturer, CFStringRef model, MIDIDeviceRef *outDevice);
OSStatus MIDIGetSerialPortDrivers(CFArrayRef *outDriverNames);  /* deprecated in macOS 10.6 */
OSStatus MIDIGetSerialPortOwner(CFStringRef portName, CFStringRef *outDriverName);  /* deprecated in macOS 10.6 */
OSStatus MIDISetSerialPortOwner(CFStringRef portName, CFStringRef driverName);  /* deprecated in macOS 10.6 */
OSStatus MIDISetupAddDevice(MIDIDeviceRef device);
OSStatus MIDISetupAddExternalDevice(MIDIDeviceRef device);
OSStatus MIDISetupCreate(MIDISetupRef *outSetup);  /* deprecated in macOS 10.6 */
OSStatus MIDISetupDispose(MIDISetupRef setup);  /* deprecated in macOS 10.6 */
OSStatus MIDISetupFromData(CFDataRef data, MIDISetupRef *outSetup);  /* deprecated in macOS 10.6 */
OSStatus MIDISetupGetCurrent(MIDISetupRef *outSetup);  /* deprecated in macOS 10.6 */
OSStatus MIDISetupInstall(MIDISetupRef setup);  /* deprecated in macOS 10.6 */
OSStatus MIDISetupRemoveDevice(MIDIDeviceRef device);
OSStatus MIDISetupRemoveExternalDevice(MIDIDeviceRef device);
OSStatus MIDISetupToData(MIDISetupRef setup, CFDataRef *outData);  /* deprecated in macOS 10.6 */
/* MIDIThruConnection.h */
OSStatus MIDIThruConnectionCreate(CFStringRef inPersistentOwnerID, CFDataRef inConnectionParams, MIDIThruConnectionRef *outConnection);
OSStatus MIDIThruConnectionDispose(MIDIThruConnectionRef connection);
OSStatus MIDIThruConnectionFind(CFStringRef inPersistentOwnerID, CFDataRef *outConnectionList);
OSStatus MIDIThruConnectionGetParams(MIDIThruConnectionRef connection, CFDataRef *outConnectionParams);
void MIDIThruConnectionParamsInitialize(MIDIThruConnectionParams *inConnectionParams);
OSStatus MIDIThruConnectionSetParams(MIDIThruConnectionRef connection, CFDataRef inConnectionParams);

/* ---- not declared here ----
   MIDI1UPChannelVoiceMessage: static inline in the SDK, not exported (capi implements it in Python)
   MIDI1UPControlChange: static inline in the SDK, not exported (capi implements it in Python)
   MIDI1UPNoteOff: static inline in the SDK, not exported (capi implements it in Python)
   MIDI1UPNoteOn: static inline in the SDK, not exported (capi implements it in Python)
   MIDI1UPPitchBend: static inline in the SDK, not exported (capi implements it in Python)
   MIDI1UPSysEx: static inline in the SDK, not exported (capi implements it in Python)
   MIDI1UPSysExArray: static inline in the SDK, not exported (capi implements it in Python)
   MIDI1UPSystemCommon: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2AssignableControl: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2AssignablePNC: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2ChannelPressure: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2ChannelVoiceMessage: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2ControlChange: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2NoteOff: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2NoteOn: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2PerNoteManagment: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2PerNotePitchBend: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2PitchBend: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2PolyPressure: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2ProgramChange: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2RegisteredControl: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2RegisteredPNC: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2RelAssignableControl: static inline in the SDK, not exported (capi implements it in Python)
   MIDI2RelRegisteredControl: static inline in the SDK, not exported (capi implements it in Python)
   MIDIEventPacketNext: static inline in the SDK, not exported (capi implements it in Python)
   MIDIMessageTypeForUPWord: static inline in the SDK, not exported (capi implements it in Python)
   MIDINotifyBlock: block type, which cffi cannot express
   MIDIPacketNext: static inline in the SDK, not exported (capi implements it in Python)
   MIDIReadBlock: block type, which cffi cannot express
   MIDIReceiveBlock: block type, which cffi cannot express
   MIDIThruConnectionParamsSize: static inline in the SDK, not exported (capi implements it in Python)
*/
