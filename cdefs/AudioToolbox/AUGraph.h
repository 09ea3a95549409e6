/* AudioToolbox/AUGraph.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct ComponentDescription;
struct OpaqueAUGraph;
struct AUNodeInteraction;
struct AUNodeRenderCallback;
struct AudioUnitNodeConnection;

/* ---- types ---- */
typedef struct OpaqueAUGraph *AUGraph;
typedef SInt32 AUNode;
typedef struct AUNodeInteraction AUNodeInteraction;
typedef struct AUNodeRenderCallback AUNodeRenderCallback;
typedef struct AudioUnitNodeConnection AudioUnitNodeConnection;
struct AUNodeRenderCallback {
    AUNode destNode;
    AudioUnitElement destInputNumber;
    AURenderCallbackStruct cback;
};
struct AudioUnitNodeConnection {
    AUNode sourceNode;
    UInt32 sourceOutputNumber;
    AUNode destNode;
    UInt32 destInputNumber;
};
typedef struct AudioUnitNodeConnection AUNodeConnection;
struct AUNodeInteraction {
    UInt32 nodeInteractionType;
    union {
        AUNodeConnection connection;
        AUNodeRenderCallback inputCallback;
    } nodeInteraction;
};

/* ---- constants ---- */
/* AudioToolbox/AUGraph.h:enum */
enum {
    kAUGraphErr_InvalidAudioUnit = -10864,
    kAUGraphErr_CannotDoInCurrentContext = -10863,
    kAUGraphErr_OutputNodeErr = -10862,
    kAUGraphErr_InvalidConnection = -10861,
    kAUGraphErr_NodeNotFound = -10860,
    kAUNodeInteraction_Connection = 1,
    kAUNodeInteraction_InputCallback = 2,
};

/* ---- functions ---- */
/* AUGraph.h */
OSStatus AUGraphAddNode(AUGraph inGraph, const AudioComponentDescription *inDescription, AUNode *outNode);
OSStatus AUGraphAddRenderNotify(AUGraph inGraph, AURenderCallback inCallback, void *inRefCon);
OSStatus AUGraphClearConnections(AUGraph inGraph);
OSStatus AUGraphClose(AUGraph inGraph);
OSStatus AUGraphConnectNodeInput(AUGraph inGraph, AUNode inSourceNode, UInt32 inSourceOutputNumber, AUNode inDestNode, UInt32 inDestInputNumber);
OSStatus AUGraphCountNodeConnections(AUGraph inGraph, AUNode inNode, UInt32 *outNumConnections);  /* deprecated in macOS 10.5 */
OSStatus AUGraphCountNodeInteractions(AUGraph inGraph, AUNode inNode, UInt32 *outNumInteractions);
OSStatus AUGraphDisconnectNodeInput(AUGraph inGraph, AUNode inDestNode, UInt32 inDestInputNumber);
OSStatus AUGraphGetCPULoad(AUGraph inGraph, Float32 *outAverageCPULoad);
OSStatus AUGraphGetConnectionInfo(AUGraph inGraph, UInt32 inConnectionIndex, AUNode *outSourceNode, UInt32 *outSourceOutputNumber, AUNode *outDestNode, UInt32 *outDestInputNumber);  /* deprecated in macOS 10.5 */
OSStatus AUGraphGetIndNode(AUGraph inGraph, UInt32 inIndex, AUNode *outNode);
OSStatus AUGraphGetInteractionInfo(AUGraph inGraph, UInt32 inInteractionIndex, AUNodeInteraction *outInteraction);
OSStatus AUGraphGetMaxCPULoad(AUGraph inGraph, Float32 *outMaxLoad);
OSStatus AUGraphGetNodeConnections(AUGraph inGraph, AUNode inNode, AudioUnitNodeConnection *outConnections, UInt32 *ioNumConnections);  /* deprecated in macOS 10.5 */
OSStatus AUGraphGetNodeCount(AUGraph inGraph, UInt32 *outNumberOfNodes);
OSStatus AUGraphGetNodeInfo(AUGraph inGraph, AUNode inNode, struct ComponentDescription *outDescription, UInt32 *outClassDataSize, void * *outClassData, AudioUnit *outAudioUnit);  /* deprecated in macOS 10.5 */
OSStatus AUGraphGetNodeInfoSubGraph(const AUGraph inGraph, AUNode inNode, AUGraph *outSubGraph);
OSStatus AUGraphGetNodeInteractions(AUGraph inGraph, AUNode inNode, UInt32 *ioNumInteractions, AUNodeInteraction *outInteractions);
OSStatus AUGraphGetNumberOfConnections(AUGraph inGraph, UInt32 *outNumConnections);  /* deprecated in macOS 10.5 */
OSStatus AUGraphGetNumberOfInteractions(AUGraph inGraph, UInt32 *outNumInteractions);
OSStatus AUGraphInitialize(AUGraph inGraph);
OSStatus AUGraphIsInitialized(AUGraph inGraph, Boolean *outIsInitialized);
OSStatus AUGraphIsNodeSubGraph(const AUGraph inGraph, AUNode inNode, Boolean *outFlag);
OSStatus AUGraphIsOpen(AUGraph inGraph, Boolean *outIsOpen);
OSStatus AUGraphIsRunning(AUGraph inGraph, Boolean *outIsRunning);
OSStatus AUGraphNewNode(AUGraph inGraph, const struct ComponentDescription *inDescription, UInt32 inClassDataSize, const void *inClassData, AUNode *outNode);  /* deprecated in macOS 10.5 */
OSStatus AUGraphNewNodeSubGraph(AUGraph inGraph, AUNode *outNode);
OSStatus AUGraphNodeInfo(AUGraph inGraph, AUNode inNode, AudioComponentDescription *outDescription, AudioUnit *outAudioUnit);
OSStatus AUGraphOpen(AUGraph inGraph);
OSStatus AUGraphRemoveNode(AUGraph inGraph, AUNode inNode);
OSStatus AUGraphRemoveRenderNotify(AUGraph inGraph, AURenderCallback inCallback, void *inRefCon);
OSStatus AUGraphSetNodeInputCallback(AUGraph inGraph, AUNode inDestNode, UInt32 inDestInputNumber, const AURenderCallbackStruct *inInputCallback);
OSStatus AUGraphStart(AUGraph inGraph);
OSStatus AUGraphStop(AUGraph inGraph);
OSStatus AUGraphUninitialize(AUGraph inGraph);
OSStatus AUGraphUpdate(AUGraph inGraph, Boolean *outIsUpdated);
OSStatus DisposeAUGraph(AUGraph inGraph);
OSStatus NewAUGraph(AUGraph *outGraph);

