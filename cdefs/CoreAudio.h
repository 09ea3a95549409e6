/* CoreAudio.h: cffi declarations for coremusic (framework: CoreAudio).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct AudioHardwareIOProcStreamUsage;
struct AudioObjectPropertyAddress;
struct AudioStreamRangedDescription;

/* ---- types ---- */
typedef UInt32 AudioClassID;
typedef struct AudioHardwareIOProcStreamUsage AudioHardwareIOProcStreamUsage;
typedef UInt32 AudioHardwarePowerHint;
typedef UInt32 AudioLevelControlTransferFunction;
typedef UInt32 AudioObjectID;
typedef struct AudioObjectPropertyAddress AudioObjectPropertyAddress;
typedef UInt32 AudioObjectPropertyElement;
typedef OSStatus (*AudioObjectPropertyListenerProc)(AudioObjectID, UInt32, const AudioObjectPropertyAddress *, void *);
typedef UInt32 AudioObjectPropertyScope;
typedef UInt32 AudioObjectPropertySelector;
typedef AudioObjectID AudioStreamID;
typedef struct AudioStreamRangedDescription AudioStreamRangedDescription;
struct AudioHardwareIOProcStreamUsage {
    void *mIOProc;
    UInt32 mNumberStreams;
    UInt32 mStreamIsOn[1];
};
struct AudioObjectPropertyAddress {
    AudioObjectPropertySelector mSelector;
    AudioObjectPropertyScope mScope;
    AudioObjectPropertyElement mElement;
};
struct AudioStreamRangedDescription {
    AudioStreamBasicDescription mFormat;
    AudioValueRange mSampleRateRange;
};
typedef AudioObjectID AudioDeviceID;
typedef OSStatus (*AudioDeviceIOProc)(AudioObjectID, const AudioTimeStamp *, const AudioBufferList *, const AudioTimeStamp *, AudioBufferList *, const AudioTimeStamp *, void *);
typedef AudioDeviceIOProc AudioDeviceIOProcID;
typedef AudioObjectPropertySelector AudioDevicePropertyID;
typedef OSStatus (*AudioDevicePropertyListenerProc)(AudioDeviceID, UInt32, Boolean, AudioDevicePropertyID, void *);
typedef AudioObjectPropertySelector AudioHardwarePropertyID;
typedef OSStatus (*AudioHardwarePropertyListenerProc)(AudioHardwarePropertyID, void *);
typedef OSStatus (*AudioStreamPropertyListenerProc)(AudioStreamID, UInt32, AudioDevicePropertyID, void *);

/* ---- constants ---- */
/* AudioHardwarePowerHint */
enum {
    kAudioHardwarePowerHintNone = 0,
    kAudioHardwarePowerHintFavorSavingPower = 1,
};
/* AudioLevelControlTransferFunction */
enum {
    kAudioLevelControlTranferFunctionLinear = 0,
    kAudioLevelControlTranferFunction1Over3 = 1,
    kAudioLevelControlTranferFunction1Over2 = 2,
    kAudioLevelControlTranferFunction3Over4 = 3,
    kAudioLevelControlTranferFunction3Over2 = 4,
    kAudioLevelControlTranferFunction2Over1 = 5,
    kAudioLevelControlTranferFunction3Over1 = 6,
    kAudioLevelControlTranferFunction4Over1 = 7,
    kAudioLevelControlTranferFunction5Over1 = 8,
    kAudioLevelControlTranferFunction6Over1 = 9,
    kAudioLevelControlTranferFunction7Over1 = 10,
    kAudioLevelControlTranferFunction8Over1 = 11,
    kAudioLevelControlTranferFunction9Over1 = 12,
    kAudioLevelControlTranferFunction10Over1 = 13,
    kAudioLevelControlTranferFunction11Over1 = 14,
    kAudioLevelControlTranferFunction12Over1 = 15,
};
/* CoreAudio/AudioHardware.h:enum */
enum {
    kAudioAggregateDriftCompensationMinQuality = 0,
    kAudioSubDeviceDriftCompensationMinQuality = 0,
    kAudioDeviceStartTimeIsInputFlag = 1,
    kAudioObjectSystemObject = 1,
    kAudioDeviceStartTimeDontConsultDeviceFlag = 2,
    kAudioDeviceStartTimeDontConsultHALFlag = 4,
    kAudioAggregateDriftCompensationLowQuality = 32,
    kAudioSubDeviceDriftCompensationLowQuality = 32,
    kAudioAggregateDriftCompensationMediumQuality = 64,
    kAudioSubDeviceDriftCompensationMediumQuality = 64,
    kAudioAggregateDriftCompensationHighQuality = 96,
    kAudioSubDeviceDriftCompensationHighQuality = 96,
    kAudioAggregateDriftCompensationMaxQuality = 127,
    kAudioSubDeviceDriftCompensationMaxQuality = 127,
    kAudioAggregateDeviceClassID = 1633773415,  /* 'aagg' */
    kAudioAggregateDevicePropertyComposition = 1633906541,  /* 'acom' */
    kAudioAggregateDevicePropertyActiveSubDeviceList = 1634169456,  /* 'agrp' */
    kAudioAggregateDevicePropertyMainSubDevice = 1634562932,  /* 'amst' */
    kAudioAggregateDevicePropertyClockDevice = 1634755428,  /* 'apcd' */
    kAudioDevicePropertyClockDevice = 1634755428,  /* 'apcd' */
    kAudioDevicePropertyProcessMute = 1634758765,  /* 'appm' */
    kAudioDevicePropertyActualSampleRate = 1634955892,  /* 'asrt' */
    kAudioSubDeviceClassID = 1634956642,  /* 'asub' */
    kAudioSystemObjectClassID = 1634957683,  /* 'asys' */
    kAudioAggregateDevicePropertySubTapList = 1635017072,  /* 'atap' */
    kAudioHardwarePropertyTranslateBundleIDToPlugIn = 1651074160,  /* 'bidp' */
    kAudioHardwarePropertyBoxList = 1651472419,  /* 'box#' */
    kAudioPlugInCreateAggregateDevice = 1667327847,  /* 'cagg' */
    kAudioTransportManagerCreateEndPointDevice = 1667523958,  /* 'cdev' */
    kAudioDevicePropertyClipLight = 1668049264,  /* 'clip' */
    kAudioHardwarePropertyClockDeviceList = 1668049699,  /* 'clk#' */
    kAudioProcessClassID = 1668050548,  /* 'clnt' */
    kAudioDevicePropertyClockSources = 1668506403,  /* 'csc#' */
    kAudioDevicePropertyClockSourceKindForID = 1668506475,  /* 'csck' */
    kAudioDevicePropertyClockSource = 1668510307,  /* 'csrc' */
    kAudioHardwarePropertyDefaultInputDevice = 1682533920,  /* 'dIn ' */
    kAudioHardwarePropertyDefaultOutputDevice = 1682929012,  /* 'dOut' */
    kAudioPlugInDestroyAggregateDevice = 1684105063,  /* 'dagg' */
    kAudioDevicePropertyVolumeDecibelsToScalar = 1684157046,  /* 'db2v' */
    kAudioTransportManagerDestroyEndPointDevice = 1684301174,  /* 'ddev' */
    kAudioHardwarePropertyDevices = 1684370979,  /* 'dev#' */
    kAudioDevicePropertyDeviceHasChanged = 1684629094,  /* 'diff' */
    kAudioSubDevicePropertyDriftCompensationQuality = 1685218929,  /* 'drfq' */
    kAudioSubTapPropertyDriftCompensationQuality = 1685218929,  /* 'drfq' */
    kAudioSubDevicePropertyDriftCompensation = 1685218932,  /* 'drft' */
    kAudioSubTapPropertyDriftCompensation = 1685218932,  /* 'drft' */
    kAudioHardwarePropertyUserIDChanged = 1702193508,  /* 'euid' */
    kAudioDevicePropertyBufferFrameSize = 1718839674,  /* 'fsiz' */
    kAudioDevicePropertyBufferFrameSizeRange = 1718843939,  /* 'fsz#' */
    kAudioDevicePropertyDeviceIsRunningSomewhere = 1735356005,  /* 'gone' */
    kAudioAggregateDevicePropertyFullSubDeviceList = 1735554416,  /* 'grup' */
    kAudioDevicePropertyHighPassFilterSettings = 1751740451,  /* 'hip#' */
    kAudioDevicePropertyHighPassFilterSetting = 1751740518,  /* 'hipf' */
    kAudioDevicePropertyHighPassFilterSettingNameForIDCFString = 1751740524,  /* 'hipl' */
    kAudioHardwarePropertyHogModeIsAllowed = 1752131442,  /* 'hogr' */
    kAudioHardwarePropertyTranslatePIDToProcessObject = 1768174192,  /* 'id2p' */
    kAudioHardwarePropertyIsInitingOrExiting = 1768845172,  /* 'inot' */
    kAudioDevicePropertyJackIsConnected = 1784767339,  /* 'jack' */
    kAudioDevicePropertyChannelNominalLineLevelNameForIDCFString = 1818455660,  /* 'lcnl' */
    kAudioDevicePropertyClockSourceNameForIDCFString = 1818456942,  /* 'lcsn' */
    kAudioObjectPropertyListenerAdded = 1818850145,  /* 'lisa' */
    kAudioObjectPropertyListenerRemoved = 1818850162,  /* 'lisr' */
    kAudioDevicePropertyDataSourceNameForIDCFString = 1819501422,  /* 'lscn' */
    kAudioDevicePropertyListenback = 1819504226,  /* 'lsnb' */
    kAudioHardwarePropertyProcessIsMain = 1835100526,  /* 'main' */
    kAudioDevicePropertyPlayThruDestinations = 1835295779,  /* 'mdd#' */
    kAudioDevicePropertyPlayThruDestinationNameForIDCFString = 1835295843,  /* 'mddc' */
    kAudioDevicePropertyPlayThruDestination = 1835295859,  /* 'mdds' */
    kAudioDevicePropertyPlayThruStereoPanChannels = 1836281891,  /* 'msp#' */
    kAudioDevicePropertyPlayThruStereoPan = 1836281966,  /* 'mspn' */
    kAudioDevicePropertyMute = 1836414053,  /* 'mute' */
    kAudioDevicePropertyPlayThruVolumeScalarToDecibels = 1836462692,  /* 'mv2d' */
    kAudioDevicePropertyPlayThruVolumeDecibelsToScalar = 1836462707,  /* 'mv2s' */
    kAudioDevicePropertyPlayThruVolumeRangeDecibels = 1836475427,  /* 'mvd#' */
    kAudioDevicePropertyPlayThruVolumeDecibels = 1836475490,  /* 'mvdb' */
    kAudioDevicePropertyPlayThruVolumeScalar = 1836479331,  /* 'mvsc' */
    kAudioDevicePropertyIOCycleUsage = 1852012899,  /* 'ncyc' */
    kAudioDevicePropertyChannelNominalLineLevels = 1852601891,  /* 'nlv#' */
    kAudioDevicePropertyChannelNominalLineLevel = 1852601964,  /* 'nlvl' */
    kAudioDevicePropertyHogMode = 1869180523,  /* 'oink' */
    kAudioObjectPropertyCreator = 1869638759,  /* 'oplg' */
    kAudioDevicePropertyIOThreadOSWorkgroup = 1869838183,  /* 'oswg' */
    kAudioDeviceProcessorOverload = 1870030194,  /* 'over' */
    kAudioProcessPropertyBundleID = 1885497700,  /* 'pbid' */
    kAudioProcessPropertyDevices = 1885632035,  /* 'pdv#' */
    kAudioDevicePropertyPhantomPower = 1885888878,  /* 'phan' */
    kAudioDevicePropertyPhaseInvert = 1885893481,  /* 'phsi' */
    kAudioProcessPropertyIsRunning = 1885958719,  /* 'pir?' */
    kAudioProcessPropertyIsRunningInput = 1885958761,  /* 'piri' */
    kAudioProcessPropertyIsRunningOutput = 1885958767,  /* 'piro' */
    kAudioHardwarePropertyPlugInList = 1886152483,  /* 'plg#' */
    kAudioDevicePropertyPlugIn = 1886156135,  /* 'plug' */
    kAudioHardwarePropertyProcessInputMute = 1886218606,  /* 'pmin' */
    kAudioHardwarePropertyProcessIsAudible = 1886221684,  /* 'pmut' */
    kAudioHardwarePropertyPowerHint = 1886353256,  /* 'powh' */
    kAudioProcessPropertyPID = 1886415204,  /* 'ppid' */
    kAudioHardwarePropertyProcessObjectList = 1886548771,  /* 'prs#' */
    kAudioHardwarePropertyDefaultSystemOutputDevice = 1934587252,  /* 'sOut' */
    kAudioDevicePropertySubVolumeDecibelsToScalar = 1935946358,  /* 'sd2v' */
    kAudioDevicePropertyStreamConfiguration = 1936482681,  /* 'slay' */
    kAudioHardwarePropertySleepingIsAllowed = 1936483696,  /* 'slep' */
    kAudioDevicePropertySubMute = 1936553332,  /* 'smut' */
    kAudioDevicePropertySolo = 1936682095,  /* 'solo' */
    kAudioDevicePropertyStereoPan = 1936744814,  /* 'span' */
    kAudioDevicePropertyStereoPanChannels = 1936748067,  /* 'spn#' */
    kAudioHardwarePropertyServiceRestarted = 1936880500,  /* 'srst' */
    kAudioDevicePropertyDataSources = 1936941859,  /* 'ssc#' */
    kAudioDevicePropertyDataSourceKindForID = 1936941931,  /* 'ssck' */
    kAudioDevicePropertyDataSource = 1936945763,  /* 'ssrc' */
    kAudioSubTapClassID = 1937006960,  /* 'stap' */
    kAudioHardwarePropertyMixStereoToMono = 1937010031,  /* 'stmo' */
    kAudioDevicePropertyIOStoppedAbnormally = 1937010788,  /* 'stpd' */
    kAudioDevicePropertyIOProcStreamUsage = 1937077093,  /* 'suse' */
    kAudioDevicePropertySubVolumeScalarToDecibels = 1937125988,  /* 'sv2d' */
    kAudioDevicePropertySubVolumeRangeDecibels = 1937138723,  /* 'svd#' */
    kAudioDevicePropertySubVolumeDecibels = 1937140836,  /* 'svld' */
    kAudioDevicePropertySubVolumeScalar = 1937140845,  /* 'svlm' */
    kAudioDevicePropertyTalkback = 1952541794,  /* 'talb' */
    kAudioAggregateDevicePropertyTapList = 1952542755,  /* 'tap#' */
    kAudioTapClassID = 1952672883,  /* 'tcls' */
    kAudioTapPropertyDescription = 1952740195,  /* 'tdsc' */
    kAudioTapPropertyFormat = 1952869748,  /* 'tfmt' */
    kAudioDevicePropertyPlayThruSolo = 1953002099,  /* 'thrs' */
    kAudioDevicePropertyPlayThru = 1953002101,  /* 'thru' */
    kAudioHardwarePropertyTranslateBundleIDToTransportManager = 1953325673,  /* 'tmbi' */
    kAudioHardwarePropertyTransportManagerList = 1953326883,  /* 'tmg#' */
    kAudioHardwarePropertyTapList = 1953526563,  /* 'tps#' */
    kAudioTapPropertyUID = 1953851748,  /* 'tuid' */
    kAudioHardwarePropertyTranslateUIDToBox = 1969841250,  /* 'uidb' */
    kAudioHardwarePropertyTranslateUIDToClockDevice = 1969841251,  /* 'uidc' */
    kAudioHardwarePropertyTranslateUIDToDevice = 1969841252,  /* 'uidd' */
    kAudioHardwarePropertyTranslateUIDToTap = 1969841268,  /* 'uidt' */
    kAudioHardwarePropertyUnloadingIsAllowed = 1970170980,  /* 'unld' */
    kAudioHardwarePropertyUserSessionIsActiveOrHeadless = 1970496882,  /* 'user' */
    kAudioDevicePropertyVolumeScalarToDecibels = 1983013986,  /* 'v2db' */
    kAudioDevicePropertyVoiceActivityDetectionEnable = 1983996971,  /* 'vAd+' */
    kAudioDevicePropertyVoiceActivityDetectionState = 1983997011,  /* 'vAdS' */
    kAudioDevicePropertyVolumeRangeDecibels = 1986290211,  /* 'vdb#' */
    kAudioDevicePropertyUsesVariableBufferFrameSizes = 1986425722,  /* 'vfsz' */
    kAudioDevicePropertyVolumeDecibels = 1987013732,  /* 'vold' */
    kAudioDevicePropertyVolumeScalar = 1987013741,  /* 'volm' */
    kAudioSubDevicePropertyExtraLatency = 2020373603,  /* 'xltc' */
    kAudioSubTapPropertyExtraLatency = 2020373603,  /* 'xltc' */
};
/* CoreAudio/AudioHardwareBase.h:enum */
enum {
    kAudioDeviceTransportTypeUnknown = 0,
    kAudioHardwareNoError = 0,
    kAudioObjectPropertyElementMain = 0,
    kAudioObjectPropertyElementMaster = 0,
    kAudioObjectUnknown = 0,
    kAudioStreamTerminalTypeUnknown = 0,
    kAudioDeviceUnsupportedFormatError = 560226676,  /* '!dat' */
    kAudioHardwareBadDeviceError = 560227702,  /* '!dev' */
    kAudioDevicePermissionsError = 560492391,  /* '!hog' */
    kAudioHardwareBadObjectError = 560947818,  /* '!obj' */
    kAudioHardwareBadPropertySizeError = 561211770,  /* '!siz' */
    kAudioHardwareBadStreamError = 561214578,  /* '!str' */
    kAudioObjectClassIDWildcard = 707406378,  /* '****' */
    kAudioObjectPropertyScopeWildcard = 707406378,  /* '****' */
    kAudioObjectPropertySelectorWildcard = 707406378,  /* '****' */
    kAudioDeviceTransportTypeFireWire = 825440564,  /* '1394' */
    kAudioBoxClassID = 1633841016,  /* 'abox' */
    kAudioClockDeviceClassID = 1633905771,  /* 'aclk' */
    kAudioEndPointDevicePropertyComposition = 1633906541,  /* 'acom' */
    kAudioControlClassID = 1633907820,  /* 'actl' */
    kAudioDeviceClassID = 1633969526,  /* 'adev' */
    kAudioEndPointDevicePropertyEndPointList = 1634169456,  /* 'agrp' */
    kAudioDeviceTransportTypeAirPlay = 1634300528,  /* 'airp' */
    kAudioDevicePropertyRelatedDevices = 1634429294,  /* 'akin' */
    kAudioObjectClassID = 1634689642,  /* 'aobj' */
    kAudioPlugInClassID = 1634757735,  /* 'aplg' */
    kAudioStreamClassID = 1634956402,  /* 'astr' */
    kAudioBoxPropertyClockDeviceList = 1650682915,  /* 'bcl#' */
    kAudioObjectPropertyBaseClass = 1650682995,  /* 'bcls' */
    kAudioBooleanControlPropertyValue = 1650685548,  /* 'bcvl' */
    kAudioBoxPropertyDeviceList = 1650751011,  /* 'bdv#' */
    kAudioBoxPropertyHasAudio = 1651007861,  /* 'bhau' */
    kAudioBoxPropertyHasMIDI = 1651010921,  /* 'bhmi' */
    kAudioBoxPropertyHasVideo = 1651013225,  /* 'bhvi' */
    kAudioDeviceTransportTypeBluetoothLE = 1651271009,  /* 'blea' */
    kAudioDeviceTransportTypeBuiltIn = 1651274862,  /* 'bltn' */
    kAudioDeviceTransportTypeBluetooth = 1651275109,  /* 'blue' */
    kAudioPlugInPropertyBoxList = 1651472419,  /* 'box#' */
    kAudioBoxPropertyIsProtected = 1651536495,  /* 'bpro' */
    kAudioBoxPropertyBoxUID = 1651861860,  /* 'buid' */
    kAudioBoxPropertyAcquisitionFailed = 1652060006,  /* 'bxof' */
    kAudioBoxPropertyAcquired = 1652060014,  /* 'bxon' */
    kAudioDevicePropertyConfigurationApplication = 1667330160,  /* 'capp' */
    kAudioDeviceTransportTypeContinuityCapture = 1667457392,  /* 'ccap' */
    kAudioDeviceTransportTypeContinuityCaptureWired = 1667463012,  /* 'ccwd' */
    kAudioDeviceTransportTypeContinuityCaptureWireless = 1667463020,  /* 'ccwl' */
    kAudioControlPropertyElement = 1667591277,  /* 'celm' */
    kAudioObjectPropertyClass = 1668047219,  /* 'clas' */
    kAudioClockSourceControlClassID = 1668047723,  /* 'clck' */
    kAudioClipLightControlClassID = 1668049264,  /* 'clip' */
    kAudioPlugInPropertyClockDeviceList = 1668049699,  /* 'clk#' */
    kAudioClockDevicePropertyClockDomain = 1668049764,  /* 'clkd' */
    kAudioDevicePropertyClockDomain = 1668049764,  /* 'clkd' */
    kAudioSelectorControlPropertyItemKind = 1668049771,  /* 'clkk' */
    kAudioControlPropertyScope = 1668506480,  /* 'cscp' */
    kAudioClockDevicePropertyControlList = 1668575852,  /* 'ctrl' */
    kAudioObjectPropertyControlList = 1668575852,  /* 'ctrl' */
    kAudioClockDevicePropertyDeviceUID = 1668639076,  /* 'cuid' */
    kAudioDevicePropertyPreferredChannelsForStereo = 1684236338,  /* 'dch2' */
    kAudioDataDestinationControlClassID = 1684370292,  /* 'dest' */
    kAudioPlugInPropertyDeviceList = 1684370979,  /* 'dev#' */
    kAudioDevicePropertyDeviceCanBeDefaultDevice = 1684434036,  /* 'dflt' */
    kAudioDeviceTransportTypeDisplayPort = 1685090932,  /* 'dprt' */
    kAudioStreamTerminalTypeDisplayPort = 1685090932,  /* 'dprt' */
    kAudioDataSourceControlClassID = 1685287523,  /* 'dsrc' */
    kAudioDeviceTransportTypeAVB = 1700886114,  /* 'eavb' */
    kAudioEndPointDeviceClassID = 1701078390,  /* 'edev' */
    kAudioTransportManagerPropertyEndPointList = 1701733411,  /* 'end#' */
    kAudioEndPointClassID = 1701733488,  /* 'endp' */
    kAudioObjectPropertyFirmwareVersion = 1719105134,  /* 'fwvn' */
    kAudioObjectPropertyScopeGlobal = 1735159650,  /* 'glob' */
    kAudioClockDevicePropertyDeviceIsRunning = 1735354734,  /* 'goin' */
    kAudioDevicePropertyDeviceIsRunning = 1735354734,  /* 'goin' */
    kAudioDeviceTransportTypeAggregate = 1735554416,  /* 'grup' */
    kAudioDeviceTransportTypeHDMI = 1751412073,  /* 'hdmi' */
    kAudioStreamTerminalTypeHDMI = 1751412073,  /* 'hdmi' */
    kAudioStreamTerminalTypeHeadphones = 1751412840,  /* 'hdph' */
    kAudioDevicePropertyIsHidden = 1751737454,  /* 'hidn' */
    kAudioHighPassFilterControlClassID = 1751740518,  /* 'hipf' */
    kAudioStreamTerminalTypeHeadsetMicrophone = 1752000867,  /* 'hmic' */
    kAudioDevicePropertyIcon = 1768124270,  /* 'icon' */
    kAudioObjectPropertyIdentify = 1768187246,  /* 'iden' */
    kAudioObjectPropertyScopeInput = 1768845428,  /* 'inpt' */
    kAudioClockSourceItemKindInternal = 1768846368,  /* 'int ' */
    kAudioJackControlClassID = 1784767339,  /* 'jack' */
    kAudioObjectPropertyElementCategoryName = 1818452846,  /* 'lccn' */
    kAudioLevelControlPropertyDecibelRange = 1818453106,  /* 'lcdr' */
    kAudioLevelControlPropertyConvertDecibelsToScalar = 1818453107,  /* 'lcds' */
    kAudioLevelControlPropertyDecibelValue = 1818453110,  /* 'lcdv' */
    kAudioObjectPropertyElementName = 1818454126,  /* 'lchn' */
    kAudioObjectPropertyElementNumberName = 1818455662,  /* 'lcnn' */
    kAudioLevelControlPropertyConvertScalarToDecibels = 1818456932,  /* 'lcsd' */
    kAudioLevelControlPropertyScalarValue = 1818456950,  /* 'lcsv' */
    kAudioLevelControlClassID = 1818588780,  /* 'levl' */
    kAudioStreamTerminalTypeLFESpeaker = 1818649971,  /* 'lfes' */
    kAudioStreamTerminalTypeLine = 1818848869,  /* 'line' */
    kAudioClockDevicePropertyDeviceIsAlive = 1818850926,  /* 'livn' */
    kAudioDevicePropertyDeviceIsAlive = 1818850926,  /* 'livn' */
    kAudioObjectPropertyManufacturer = 1819107691,  /* 'lmak' */
    kAudioObjectPropertyModelName = 1819111268,  /* 'lmod' */
    kAudioObjectPropertyName = 1819173229,  /* 'lnam' */
    kAudioListenbackControlClassID = 1819504226,  /* 'lsnb' */
    kAudioClockDevicePropertyLatency = 1819569763,  /* 'ltnc' */
    kAudioDevicePropertyLatency = 1819569763,  /* 'ltnc' */
    kAudioStreamPropertyLatency = 1819569763,  /* 'ltnc' */
    kAudioStreamTerminalTypeMicrophone = 1835623282,  /* 'micr' */
    kAudioDevicePropertyModelUID = 1836411236,  /* 'muid' */
    kAudioMuteControlClassID = 1836414053,  /* 'mute' */
    kAudioLineLevelControlClassID = 1852601964,  /* 'nlvl' */
    kAudioHardwareIllegalOperationError = 1852797029,  /* 'nope' */
    kAudioHardwareNotReadyError = 1852990585,  /* 'nrdy' */
    kAudioClockDevicePropertyAvailableNominalSampleRates = 1853059619,  /* 'nsr#' */
    kAudioDevicePropertyAvailableNominalSampleRates = 1853059619,  /* 'nsr#' */
    kAudioClockDevicePropertyNominalSampleRate = 1853059700,  /* 'nsrt' */
    kAudioDevicePropertyNominalSampleRate = 1853059700,  /* 'nsrt' */
    kAudioObjectPropertyScopeOutput = 1869968496,  /* 'outp' */
    kAudioObjectPropertyOwnedObjects = 1870098020,  /* 'ownd' */
    kAudioDeviceTransportTypePCI = 1885563168,  /* 'pci ' */
    kAudioStreamPropertyPhysicalFormat = 1885762592,  /* 'pft ' */
    kAudioStreamPropertyAvailablePhysicalFormats = 1885762657,  /* 'pfta' */
    kAudioPhantomPowerControlClassID = 1885888878,  /* 'phan' */
    kAudioPhaseInvertControlClassID = 1885893481,  /* 'phsi' */
    kAudioPlugInPropertyBundleID = 1885956452,  /* 'piid' */
    kAudioEndPointDevicePropertyIsPrivate = 1886546294,  /* 'priv' */
    kAudioObjectPropertyScopePlayThrough = 1886679669,  /* 'ptru' */
    kAudioStreamTerminalTypeReceiverMicrophone = 1919773027,  /* 'rmic' */
    kAudioStreamTerminalTypeReceiverSpeaker = 1920168043,  /* 'rspk' */
    kAudioStreamPropertyIsActive = 1935762292,  /* 'sact' */
    kAudioDevicePropertySafetyOffset = 1935763060,  /* 'saft' */
    kAudioSelectorControlPropertyAvailableItems = 1935892841,  /* 'scai' */
    kAudioSelectorControlPropertyCurrentItem = 1935893353,  /* 'scci' */
    kAudioStreamPropertyStartingChannel = 1935894638,  /* 'schn' */
    kAudioSelectorControlPropertyItemName = 1935894894,  /* 'scin' */
    kAudioStreamPropertyDirection = 1935960434,  /* 'sdir' */
    kAudioSliderControlPropertyRange = 1935962738,  /* 'sdrr' */
    kAudioSliderControlPropertyValue = 1935962742,  /* 'sdrv' */
    kAudioDevicePropertyDeviceCanBeDefaultSystemDevice = 1936092276,  /* 'sflt' */
    kAudioStreamPropertyAvailableVirtualFormats = 1936092513,  /* 'sfma' */
    kAudioStreamPropertyVirtualFormat = 1936092532,  /* 'sfmt' */
    kAudioSelectorControlClassID = 1936483188,  /* 'slct' */
    kAudioSliderControlClassID = 1936483442,  /* 'sldr' */
    kAudioObjectPropertySerialNumber = 1936618861,  /* 'snum' */
    kAudioSoloControlClassID = 1936682095,  /* 'solo' */
    kAudioStereoPanControlClassID = 1936744814,  /* 'span' */
    kAudioStereoPanControlPropertyPanningChannels = 1936745315,  /* 'spcc' */
    kAudioSelectorControlItemKindSpacer = 1936745330,  /* 'spcr' */
    kAudioStereoPanControlPropertyValue = 1936745334,  /* 'spcv' */
    kAudioStreamTerminalTypeDigitalAudioInterface = 1936745574,  /* 'spdf' */
    kAudioStreamTerminalTypeSpeaker = 1936747378,  /* 'spkr' */
    kAudioDevicePropertyPreferredChannelLayout = 1936879204,  /* 'srnd' */
    kAudioObjectPropertyOwner = 1937007734,  /* 'stdv' */
    kAudioDevicePropertyStreams = 1937009955,  /* 'stm#' */
    kAudioHardwareNotRunningError = 1937010544,  /* 'stop' */
    kAudioLFEMuteControlClassID = 1937072749,  /* 'subm' */
    kAudioLFEVolumeControlClassID = 1937072758,  /* 'subv' */
    kAudioTalkbackControlClassID = 1952541794,  /* 'talb' */
    kAudioStreamPropertyTerminalType = 1952805485,  /* 'term' */
    kAudioDeviceTransportTypeThunderbolt = 1953002862,  /* 'thun' */
    kAudioBooleanControlClassID = 1953458028,  /* 'togl' */
    kAudioBoxPropertyTransportType = 1953653102,  /* 'tran' */
    kAudioClockDevicePropertyTransportType = 1953653102,  /* 'tran' */
    kAudioDevicePropertyTransportType = 1953653102,  /* 'tran' */
    kAudioTransportManagerPropertyTransportType = 1953653102,  /* 'tran' */
    kAudioTransportManagerClassID = 1953656941,  /* 'trpm' */
    kAudioStreamTerminalTypeTTY = 1953790303,  /* 'tty_' */
    kAudioDevicePropertyDeviceUID = 1969841184,  /* 'uid ' */
    kAudioPlugInPropertyTranslateUIDToBox = 1969841250,  /* 'uidb' */
    kAudioPlugInPropertyTranslateUIDToClockDevice = 1969841251,  /* 'uidc' */
    kAudioPlugInPropertyTranslateUIDToDevice = 1969841252,  /* 'uidd' */
    kAudioTransportManagerPropertyTranslateUIDToEndPoint = 1969841253,  /* 'uide' */
    kAudioHardwareUnsupportedOperationError = 1970171760,  /* 'unop' */
    kAudioDeviceTransportTypeUSB = 1970496032,  /* 'usb ' */
    kAudioDeviceTransportTypeVirtual = 1986622068,  /* 'virt' */
    kAudioVolumeControlClassID = 1986817381,  /* 'vlme' */
    kAudioHardwareUnspecifiedError = 2003329396,  /* 'what' */
    kAudioHardwareUnknownPropertyError = 2003332927,  /* 'who?' */
    kAudioObjectPropertyElementWildcard = 4294967295,
};
/* CoreAudio/AudioHardwareDeprecated.h:enum */
enum {
    kAudioDeviceUnknown = 0,
    kAudioStreamUnknown = 0,
    kAudioPropertyWildcardSection = 255,
    kAudioPropertyWildcardPropertyID = 707406378,  /* '****' */
    kAudioAggregateDevicePropertyMasterSubDevice = 1634562932,  /* 'amst' */
    kAudioISubOwnerControlClassID = 1635017576,  /* 'atch' */
    kAudioHardwarePropertyBootChimeVolumeRangeDecibels = 1650615331,  /* 'bbd#' */
    kAudioHardwarePropertyBootChimeVolumeDecibels = 1650620004,  /* 'bbvd' */
    kAudioHardwarePropertyBootChimeVolumeScalar = 1650620019,  /* 'bbvs' */
    kAudioHardwarePropertyBootChimeVolumeDecibelsToScalar = 1650733686,  /* 'bd2v' */
    kAudioDevicePropertyBufferSize = 1651730810,  /* 'bsiz' */
    kAudioDevicePropertyBufferSizeRange = 1651735075,  /* 'bsz#' */
    kAudioHardwarePropertyBootChimeVolumeScalarToDecibels = 1651913316,  /* 'bv2d' */
    kAudioHardwarePropertyBootChimeVolumeDecibelsToScalarTransferFunction = 1651930214,  /* 'bvtf' */
    kAudioDevicePropertyChannelCategoryName = 1667460717,  /* 'ccnm' */
    kAudioDevicePropertyHighPassFilterSettingNameForID = 1667787120,  /* 'chip' */
    kAudioDevicePropertyChannelName = 1667788397,  /* 'chnm' */
    kAudioClockSourceControlPropertyItemKind = 1668049771,  /* 'clkk' */
    kAudioDevicePropertyChannelNominalLineLevelNameForID = 1668181110,  /* 'cnlv' */
    kAudioDevicePropertyChannelNumberName = 1668181613,  /* 'cnnm' */
    kAudioDevicePropertyClockSourceNameForID = 1668506478,  /* 'cscn' */
    kAudioControlPropertyVariant = 1668702578,  /* 'cvar' */
    kAudioHardwarePropertyDeviceForUID = 1685416292,  /* 'duid' */
    kAudioDeviceTransportTypeAutoAggregate = 1718055536,  /* 'fgrp' */
    kAudioDevicePropertyScopeInput = 1768845428,  /* 'inpt' */
    kAudioDevicePropertyDriverShouldOwniSub = 1769174370,  /* 'isub' */
    kAudioDevicePropertyChannelCategoryNameCFString = 1818452846,  /* 'lccn' */
    kAudioDevicePropertyChannelNameCFString = 1818454126,  /* 'lchn' */
    kAudioDevicePropertyChannelNumberNameCFString = 1818455662,  /* 'lcnn' */
    kAudioLevelControlPropertyDecibelsToScalarTransferFunction = 1818457190,  /* 'lctf' */
    kAudioDevicePropertyDeviceManufacturerCFString = 1819107691,  /* 'lmak' */
    kAudioDevicePropertyDeviceNameCFString = 1819173229,  /* 'lnam' */
    kAudioDevicePropertyDeviceManufacturer = 1835101042,  /* 'makr' */
    kAudioHardwarePropertyProcessIsMaster = 1835103092,  /* 'mast' */
    kAudioDevicePropertyPlayThruDestinationNameForID = 1835295854,  /* 'mddn' */
    kAudioDevicePropertySupportsMixing = 1835628607,  /* 'mix?' */
    kAudioDevicePropertyPlayThruVolumeDecibelsToScalarTransferFunction = 1836479590,  /* 'mvtf' */
    kAudioDevicePropertyDeviceName = 1851878757,  /* 'name' */
    kAudioDevicePropertyScopeOutput = 1869968496,  /* 'outp' */
    kAudioStreamPropertyPhysicalFormats = 1885762595,  /* 'pft#' */
    kAudioStreamPropertyPhysicalFormatSupported = 1885762623,  /* 'pft?' */
    kAudioStreamPropertyPhysicalFormatMatch = 1885762669,  /* 'pftm' */
    kAudioHardwarePropertyPlugInForBundleID = 1885954665,  /* 'pibi' */
    kAudioBootChimeVolumeControlClassID = 1886544237,  /* 'pram' */
    kAudioDevicePropertyScopePlayThrough = 1886679669,  /* 'ptru' */
    kAudioDevicePropertyRegisterBufferList = 1919055206,  /* 'rbuf' */
    kAudioHardwarePropertyRunLoop = 1919839344,  /* 'rnlp' */
    kAudioDevicePropertyStreamFormats = 1936092451,  /* 'sfm#' */
    kAudioDevicePropertyStreamFormatSupported = 1936092479,  /* 'sfm?' */
    kAudioDevicePropertyStreamFormatMatch = 1936092525,  /* 'sfmm' */
    kAudioDevicePropertyStreamFormat = 1936092532,  /* 'sfmt' */
    kAudioDevicePropertyDataSourceNameForID = 1936941934,  /* 'sscn' */
    kAudioStreamPropertyOwningDevice = 1937007734,  /* 'stdv' */
    kAudioDevicePropertySubVolumeDecibelsToScalarTransferFunction = 1937142886,  /* 'svtf' */
    kAudioDevicePropertyVolumeDecibelsToScalarTransferFunction = 1986229350,  /* 'vctf' */
    kAudioPropertyWildcardChannel = 4294967295,
};

/* ---- functions ---- */
/* AudioHardware.h */
OSStatus AudioDeviceCreateIOProcID(AudioObjectID inDevice, AudioDeviceIOProc inProc, void *inClientData, AudioDeviceIOProcID *outIOProcID);
OSStatus AudioDeviceDestroyIOProcID(AudioObjectID inDevice, AudioDeviceIOProcID inIOProcID);
OSStatus AudioDeviceGetCurrentTime(AudioObjectID inDevice, AudioTimeStamp *outTime);
OSStatus AudioDeviceGetNearestStartTime(AudioObjectID inDevice, AudioTimeStamp *ioRequestedStartTime, UInt32 inFlags);
OSStatus AudioDeviceStart(AudioObjectID inDevice, AudioDeviceIOProcID inProcID);
OSStatus AudioDeviceStartAtTime(AudioObjectID inDevice, AudioDeviceIOProcID inProcID, AudioTimeStamp *ioRequestedStartTime, UInt32 inFlags);
OSStatus AudioDeviceStop(AudioObjectID inDevice, AudioDeviceIOProcID inProcID);
OSStatus AudioDeviceTranslateTime(AudioObjectID inDevice, const AudioTimeStamp *inTime, AudioTimeStamp *outTime);
OSStatus AudioHardwareCreateAggregateDevice(CFDictionaryRef inDescription, AudioObjectID *outDeviceID);
OSStatus AudioHardwareDestroyAggregateDevice(AudioObjectID inDeviceID);
OSStatus AudioHardwareUnload(void);
OSStatus AudioObjectAddPropertyListener(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, AudioObjectPropertyListenerProc inListener, void *inClientData);
OSStatus AudioObjectGetPropertyData(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 *ioDataSize, void *outData);
OSStatus AudioObjectGetPropertyDataSize(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 *outDataSize);
Boolean AudioObjectHasProperty(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress);
OSStatus AudioObjectIsPropertySettable(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, Boolean *outIsSettable);
OSStatus AudioObjectRemovePropertyListener(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, AudioObjectPropertyListenerProc inListener, void *inClientData);
OSStatus AudioObjectSetPropertyData(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 inDataSize, const void *inData);
void AudioObjectShow(AudioObjectID inObjectID);
/* AudioHardwareDeprecated.h */
OSStatus AudioDeviceAddIOProc(AudioDeviceID inDevice, AudioDeviceIOProc inProc, void *inClientData);  /* deprecated in macOS 10.5 */
OSStatus AudioDeviceAddPropertyListener(AudioDeviceID inDevice, UInt32 inChannel, Boolean isInput, AudioDevicePropertyID inPropertyID, AudioDevicePropertyListenerProc inProc, void *inClientData);  /* deprecated in macOS 10.6 */
OSStatus AudioDeviceGetProperty(AudioDeviceID inDevice, UInt32 inChannel, Boolean isInput, AudioDevicePropertyID inPropertyID, UInt32 *ioPropertyDataSize, void *outPropertyData);  /* deprecated in macOS 10.6 */
OSStatus AudioDeviceGetPropertyInfo(AudioDeviceID inDevice, UInt32 inChannel, Boolean isInput, AudioDevicePropertyID inPropertyID, UInt32 *outSize, Boolean *outWritable);  /* deprecated in macOS 10.6 */
OSStatus AudioDeviceRead(AudioDeviceID inDevice, const AudioTimeStamp *inStartTime, AudioBufferList *outData);  /* deprecated in macOS 10.5 */
OSStatus AudioDeviceRemoveIOProc(AudioDeviceID inDevice, AudioDeviceIOProc inProc);  /* deprecated in macOS 10.5 */
OSStatus AudioDeviceRemovePropertyListener(AudioDeviceID inDevice, UInt32 inChannel, Boolean isInput, AudioDevicePropertyID inPropertyID, AudioDevicePropertyListenerProc inProc);  /* deprecated in macOS 10.6 */
OSStatus AudioDeviceSetProperty(AudioDeviceID inDevice, const AudioTimeStamp *inWhen, UInt32 inChannel, Boolean isInput, AudioDevicePropertyID inPropertyID, UInt32 inPropertyDataSize, const void *inPropertyData);  /* deprecated in macOS 10.6 */
OSStatus AudioHardwareAddPropertyListener(AudioHardwarePropertyID inPropertyID, AudioHardwarePropertyListenerProc inProc, void *inClientData);  /* deprecated in macOS 10.6 */
OSStatus AudioHardwareAddRunLoopSource(CFRunLoopSourceRef inRunLoopSource);  /* deprecated in macOS 10.7 */
OSStatus AudioHardwareGetProperty(AudioHardwarePropertyID inPropertyID, UInt32 *ioPropertyDataSize, void *outPropertyData);  /* deprecated in macOS 10.6 */
OSStatus AudioHardwareGetPropertyInfo(AudioHardwarePropertyID inPropertyID, UInt32 *outSize, Boolean *outWritable);  /* deprecated in macOS 10.6 */
OSStatus AudioHardwareRemovePropertyListener(AudioHardwarePropertyID inPropertyID, AudioHardwarePropertyListenerProc inProc);  /* deprecated in macOS 10.6 */
OSStatus AudioHardwareRemoveRunLoopSource(CFRunLoopSourceRef inRunLoopSource);  /* deprecated in macOS 10.7 */
OSStatus AudioHardwareSetProperty(AudioHardwarePropertyID inPropertyID, UInt32 inPropertyDataSize, const void *inPropertyData);  /* deprecated in macOS 10.6 */
OSStatus AudioStreamAddPropertyListener(AudioStreamID inStream, UInt32 inChannel, AudioDevicePropertyID inPropertyID, AudioStreamPropertyListenerProc inProc, void *inClientData);  /* deprecated in macOS 10.6 */
OSStatus AudioStreamGetProperty(AudioStreamID inStream, UInt32 inChannel, AudioDevicePropertyID inPropertyID, UInt32 *ioPropertyDataSize, void *outPropertyData);  /* deprecated in macOS 10.6 */
OSStatus AudioStreamGetPropertyInfo(AudioStreamID inStream, UInt32 inChannel, AudioDevicePropertyID inPropertyID, UInt32 *outSize, Boolean *outWritable);  /* deprecated in macOS 10.6 */
OSStatus AudioStreamRemovePropertyListener(AudioStreamID inStream, UInt32 inChannel, AudioDevicePropertyID inPropertyID, AudioStreamPropertyListenerProc inProc);  /* deprecated in macOS 10.6 */
OSStatus AudioStreamSetProperty(AudioStreamID inStream, const AudioTimeStamp *inWhen, UInt32 inChannel, AudioDevicePropertyID inPropertyID, UInt32 inPropertyDataSize, const void *inPropertyData);  /* deprecated in macOS 10.6 */
/* HostTime.h */
UInt64 AudioConvertHostTimeToNanos(UInt64 inHostTime);
UInt64 AudioConvertNanosToHostTime(UInt64 inNanos);
UInt64 AudioGetCurrentHostTime(void);
Float64 AudioGetHostClockFrequency(void);
UInt32 AudioGetHostClockMinimumTimeDelta(void);

/* ---- not declared here ----
   AudioDeviceCreateIOProcIDWithBlock: takes an Objective-C block, which cffi cannot express
   AudioDeviceIOBlock: block type, which cffi cannot express
   AudioObjectAddPropertyListenerBlock: takes an Objective-C block, which cffi cannot express
   AudioObjectPropertyListenerBlock: block type, which cffi cannot express
   AudioObjectRemovePropertyListenerBlock: takes an Objective-C block, which cffi cannot express
*/
