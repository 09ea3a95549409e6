/* The Objective-C block literal, as clang lays it out (the "Block ABI" that
   clang documents as Block-ABI-Apple), for the LP64 targets arm64 and x86_64.
   Not from the SDK facts: blocks live in libSystem (libsystem_blocks), outside
   the extracted framework subset.  tests/abi/test_blocks.py checks sizes and
   offsets against the ABI's layout.

   coremusic builds *global* blocks by hand (flags BLOCK_IS_GLOBAL |
   BLOCK_HAS_SIGNATURE, no copy/dispose helpers): Block_copy returns a global
   block unchanged, so the memory coremusic allocates is what the framework
   keeps and calls.  The one captured variable, `context`, carries the Python
   state's handle to the shared invoke trampoline. */

struct Block_descriptor_1 {
    unsigned long reserved;      /* 0 */
    unsigned long size;          /* sizeof(struct Block_literal_1) */
    const char *signature;       /* Objective-C type encoding (BLOCK_HAS_SIGNATURE) */
};

struct Block_literal_1 {
    void *isa;                   /* &_NSConcreteGlobalBlock */
    int flags;
    int reserved;
    void *invoke;                /* the block's function; its first argument is the block */
    struct Block_descriptor_1 *descriptor;
    void *context;               /* captured: the handle of coremusic's state */
};

/* The invoke functions of CoreMIDI's block types: the block, then the block's own
   parameters.  MIDIReceiveBlock: MIDIInputPortCreateWithProtocol,
   MIDIDestinationCreateWithProtocol.  MIDIReadBlock: MIDIInputPortCreateWithBlock,
   MIDIDestinationCreateWithBlock.  MIDINotifyBlock: MIDIClientCreateWithBlock. */
typedef void (*coremusic_MIDIReceiveBlockInvoke)(struct Block_literal_1 *block,
                                                 const MIDIEventList *evtlist,
                                                 void *srcConnRefCon);
typedef void (*coremusic_MIDIReadBlockInvoke)(struct Block_literal_1 *block,
                                              const MIDIPacketList *pktlist,
                                              void *srcConnRefCon);
typedef void (*coremusic_MIDINotifyBlockInvoke)(struct Block_literal_1 *block,
                                                const MIDINotification *message);

/* the isa of a global block (an Objective-C class object, 32 pointers large) */
extern void *_NSConcreteGlobalBlock[32];
