"""CoreAudio HAL: plug-ins, boxes, clock and end-point devices, controls, aggregates, taps.

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum, AppleStrEnum, FourCCEnum, _alias

__all__ = [
    "AudioAggregateDeviceKey",
    "AudioAggregateDeviceProperty",
    "AudioBooleanControlProperty",
    "AudioBoxProperty",
    "AudioClockDeviceProperty",
    "AudioControlProperty",
    "AudioDeviceClockAlgorithm",
    "AudioDriftCompensationQuality",
    "AudioEndPointDeviceKey",
    "AudioEndPointDeviceProperty",
    "AudioEndPointKey",
    "AudioLevelControlProperty",
    "AudioLevelControlTransferFunction",
    "AudioPlugInProperty",
    "AudioProcessProperty",
    "AudioSelectorControlItemKind",
    "AudioSelectorControlProperty",
    "AudioServerPlugInCustomPropertyDataType",
    "AudioServerPlugInIOOperation",
    "AudioSliderControlProperty",
    "AudioStereoPanControlProperty",
    "AudioSubDeviceKey",
    "AudioSubDeviceProperty",
    "AudioSubTapKey",
    "AudioSubTapProperty",
    "AudioTapProperty",
    "AudioTransportManagerProperty",
]


class AudioPlugInProperty(FourCCEnum):
    """Properties of HAL plug-in objects.

    Apple's ``kAudioPlugIn*`` constants (CoreAudio/AudioHardware.h,
    CoreAudio/AudioHardwareBase.h, CoreAudio/AudioServerPlugIn.h).

    Example
    -------
    >>> from coremusic.constants import AudioPlugInProperty, apple_name
    >>> AudioPlugInProperty.BOX_LIST
    <AudioPlugInProperty.BOX_LIST: 'box#'>
    >>> apple_name(AudioPlugInProperty.BOX_LIST)
    'kAudioPlugInPropertyBoxList'
    """

    BOX_LIST = 0x626F7823, "kAudioPlugInPropertyBoxList"  # 'box#'
    BUNDLE_ID = 0x70696964, "kAudioPlugInPropertyBundleID"  # 'piid'
    CLOCK_DEVICE_LIST = 0x636C6B23, "kAudioPlugInPropertyClockDeviceList"  # 'clk#'
    CREATE_AGGREGATE_DEVICE = 0x63616767, "kAudioPlugInCreateAggregateDevice"  # 'cagg'
    DESTROY_AGGREGATE_DEVICE = 0x64616767, "kAudioPlugInDestroyAggregateDevice"  # 'dagg'
    DEVICE_LIST = 0x64657623, "kAudioPlugInPropertyDeviceList"  # 'dev#'
    RESOURCE_BUNDLE = 0x72737263, "kAudioPlugInPropertyResourceBundle"  # 'rsrc'
    TRANSLATE_UID_TO_BOX = 0x75696462, "kAudioPlugInPropertyTranslateUIDToBox"  # 'uidb'
    TRANSLATE_UID_TO_CLOCK_DEVICE = (
        0x75696463,
        "kAudioPlugInPropertyTranslateUIDToClockDevice",
    )  # 'uidc'
    TRANSLATE_UID_TO_DEVICE = 0x75696464, "kAudioPlugInPropertyTranslateUIDToDevice"  # 'uidd'


class AudioTransportManagerProperty(FourCCEnum):
    """Properties of transport-manager objects.

    Apple's ``kAudioTransportManager*`` constants (CoreAudio/AudioHardware.h,
    CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioTransportManagerProperty, apple_name
    >>> AudioTransportManagerProperty.CREATE_END_POINT_DEVICE
    <AudioTransportManagerProperty.CREATE_END_POINT_DEVICE: 'cdev'>
    >>> apple_name(AudioTransportManagerProperty.CREATE_END_POINT_DEVICE)
    'kAudioTransportManagerCreateEndPointDevice'
    """

    CREATE_END_POINT_DEVICE = 0x63646576, "kAudioTransportManagerCreateEndPointDevice"  # 'cdev'
    DESTROY_END_POINT_DEVICE = 0x64646576, "kAudioTransportManagerDestroyEndPointDevice"  # 'ddev'
    END_POINT_LIST = 0x656E6423, "kAudioTransportManagerPropertyEndPointList"  # 'end#'
    TRANSLATE_UID_TO_END_POINT = (
        0x75696465,
        "kAudioTransportManagerPropertyTranslateUIDToEndPoint",
    )  # 'uide'
    TRANSPORT_TYPE = 0x7472616E, "kAudioTransportManagerPropertyTransportType"  # 'tran'


class AudioBoxProperty(FourCCEnum):
    """Properties of audio boxes (``AudioBoxID``).

    Apple's ``kAudioBoxProperty*`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioBoxProperty, apple_name
    >>> AudioBoxProperty.ACQUIRED
    <AudioBoxProperty.ACQUIRED: 'bxon'>
    >>> apple_name(AudioBoxProperty.ACQUIRED)
    'kAudioBoxPropertyAcquired'
    """

    ACQUIRED = 0x62786F6E, "kAudioBoxPropertyAcquired"  # 'bxon'
    ACQUISITION_FAILED = 0x62786F66, "kAudioBoxPropertyAcquisitionFailed"  # 'bxof'
    BOX_UID = 0x62756964, "kAudioBoxPropertyBoxUID"  # 'buid'
    CLOCK_DEVICE_LIST = 0x62636C23, "kAudioBoxPropertyClockDeviceList"  # 'bcl#'
    DEVICE_LIST = 0x62647623, "kAudioBoxPropertyDeviceList"  # 'bdv#'
    HAS_AUDIO = 0x62686175, "kAudioBoxPropertyHasAudio"  # 'bhau'
    HAS_MIDI = 0x62686D69, "kAudioBoxPropertyHasMIDI"  # 'bhmi'
    HAS_VIDEO = 0x62687669, "kAudioBoxPropertyHasVideo"  # 'bhvi'
    IS_PROTECTED = 0x6270726F, "kAudioBoxPropertyIsProtected"  # 'bpro'
    TRANSPORT_TYPE = 0x7472616E, "kAudioBoxPropertyTransportType"  # 'tran'


class AudioClockDeviceProperty(FourCCEnum):
    """Properties of clock devices.

    Apple's ``kAudioClockDeviceProperty*`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioClockDeviceProperty, apple_name
    >>> AudioClockDeviceProperty.AVAILABLE_NOMINAL_SAMPLE_RATES
    <AudioClockDeviceProperty.AVAILABLE_NOMINAL_SAMPLE_RATES: 'nsr#'>
    >>> apple_name(AudioClockDeviceProperty.AVAILABLE_NOMINAL_SAMPLE_RATES)
    'kAudioClockDevicePropertyAvailableNominalSampleRates'
    """

    AVAILABLE_NOMINAL_SAMPLE_RATES = (
        0x6E737223,
        "kAudioClockDevicePropertyAvailableNominalSampleRates",
    )  # 'nsr#'
    CLOCK_DOMAIN = 0x636C6B64, "kAudioClockDevicePropertyClockDomain"  # 'clkd'
    CONTROL_LIST = 0x6374726C, "kAudioClockDevicePropertyControlList"  # 'ctrl'
    DEVICE_IS_ALIVE = 0x6C69766E, "kAudioClockDevicePropertyDeviceIsAlive"  # 'livn'
    DEVICE_IS_RUNNING = 0x676F696E, "kAudioClockDevicePropertyDeviceIsRunning"  # 'goin'
    DEVICE_UID = 0x63756964, "kAudioClockDevicePropertyDeviceUID"  # 'cuid'
    LATENCY = 0x6C746E63, "kAudioClockDevicePropertyLatency"  # 'ltnc'
    NOMINAL_SAMPLE_RATE = 0x6E737274, "kAudioClockDevicePropertyNominalSampleRate"  # 'nsrt'
    TRANSPORT_TYPE = 0x7472616E, "kAudioClockDevicePropertyTransportType"  # 'tran'


class AudioEndPointDeviceProperty(FourCCEnum):
    """Properties of end-point devices.

    Apple's ``kAudioEndPointDeviceProperty*`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioEndPointDeviceProperty, apple_name
    >>> AudioEndPointDeviceProperty.COMPOSITION
    <AudioEndPointDeviceProperty.COMPOSITION: 'acom'>
    >>> apple_name(AudioEndPointDeviceProperty.COMPOSITION)
    'kAudioEndPointDevicePropertyComposition'
    """

    COMPOSITION = 0x61636F6D, "kAudioEndPointDevicePropertyComposition"  # 'acom'
    END_POINT_LIST = 0x61677270, "kAudioEndPointDevicePropertyEndPointList"  # 'agrp'
    IS_PRIVATE = 0x70726976, "kAudioEndPointDevicePropertyIsPrivate"  # 'priv'


class AudioControlProperty(FourCCEnum):
    """Properties every audio control has.

    Apple's ``kAudioControlProperty*`` constants (CoreAudio/AudioHardwareBase.h,
    CoreAudio/AudioHardwareDeprecated.h).

    Example
    -------
    >>> from coremusic.constants import AudioControlProperty, apple_name
    >>> AudioControlProperty.ELEMENT
    <AudioControlProperty.ELEMENT: 'celm'>
    >>> apple_name(AudioControlProperty.ELEMENT)
    'kAudioControlPropertyElement'
    """

    ELEMENT = 0x63656C6D, "kAudioControlPropertyElement"  # 'celm'
    SCOPE = 0x63736370, "kAudioControlPropertyScope"  # 'cscp'
    VARIANT = 0x63766172, "kAudioControlPropertyVariant"  # 'cvar', deprecated


class AudioSliderControlProperty(FourCCEnum):
    """Properties of slider controls.

    Apple's ``kAudioSliderControlProperty*`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioSliderControlProperty, apple_name
    >>> AudioSliderControlProperty.RANGE
    <AudioSliderControlProperty.RANGE: 'sdrr'>
    >>> apple_name(AudioSliderControlProperty.RANGE)
    'kAudioSliderControlPropertyRange'
    """

    RANGE = 0x73647272, "kAudioSliderControlPropertyRange"  # 'sdrr'
    VALUE = 0x73647276, "kAudioSliderControlPropertyValue"  # 'sdrv'


class AudioLevelControlProperty(FourCCEnum):
    """Properties of level controls.

    Apple's ``kAudioLevelControlProperty*`` constants (CoreAudio/AudioHardwareBase.h,
    CoreAudio/AudioHardwareDeprecated.h).

    Example
    -------
    >>> from coremusic.constants import AudioLevelControlProperty, apple_name
    >>> AudioLevelControlProperty.CONVERT_DECIBELS_TO_SCALAR
    <AudioLevelControlProperty.CONVERT_DECIBELS_TO_SCALAR: 'lcds'>
    >>> apple_name(AudioLevelControlProperty.CONVERT_DECIBELS_TO_SCALAR)
    'kAudioLevelControlPropertyConvertDecibelsToScalar'
    """

    CONVERT_DECIBELS_TO_SCALAR = (
        0x6C636473,
        "kAudioLevelControlPropertyConvertDecibelsToScalar",
    )  # 'lcds'
    CONVERT_SCALAR_TO_DECIBELS = (
        0x6C637364,
        "kAudioLevelControlPropertyConvertScalarToDecibels",
    )  # 'lcsd'
    DECIBELS_TO_SCALAR_TRANSFER_FUNCTION = (
        0x6C637466,
        "kAudioLevelControlPropertyDecibelsToScalarTransferFunction",
    )  # 'lctf', deprecated
    DECIBEL_RANGE = 0x6C636472, "kAudioLevelControlPropertyDecibelRange"  # 'lcdr'
    DECIBEL_VALUE = 0x6C636476, "kAudioLevelControlPropertyDecibelValue"  # 'lcdv'
    SCALAR_VALUE = 0x6C637376, "kAudioLevelControlPropertyScalarValue"  # 'lcsv'


class AudioBooleanControlProperty(FourCCEnum):
    """Properties of boolean controls.

    Apple's constant ``kAudioBooleanControlPropertyValue`` (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioBooleanControlProperty, apple_name
    >>> AudioBooleanControlProperty.VALUE
    <AudioBooleanControlProperty.VALUE: 'bcvl'>
    >>> apple_name(AudioBooleanControlProperty.VALUE)
    'kAudioBooleanControlPropertyValue'
    """

    VALUE = 0x6263766C, "kAudioBooleanControlPropertyValue"  # 'bcvl'


class AudioSelectorControlProperty(FourCCEnum):
    """Properties of selector controls.

    Apple's ``kAudioSelectorControlProperty*`` constants (CoreAudio/AudioHardwareBase.h).

    Other Apple spellings bound to members (see ``apple_names``):
    ``kAudioClockSourceControlPropertyItemKind``.

    Example
    -------
    >>> from coremusic.constants import AudioSelectorControlProperty, apple_name
    >>> AudioSelectorControlProperty.AVAILABLE_ITEMS
    <AudioSelectorControlProperty.AVAILABLE_ITEMS: 'scai'>
    >>> apple_name(AudioSelectorControlProperty.AVAILABLE_ITEMS)
    'kAudioSelectorControlPropertyAvailableItems'
    """

    AVAILABLE_ITEMS = 0x73636169, "kAudioSelectorControlPropertyAvailableItems"  # 'scai'
    CURRENT_ITEM = 0x73636369, "kAudioSelectorControlPropertyCurrentItem"  # 'scci'
    ITEM_KIND = 0x636C6B6B, "kAudioSelectorControlPropertyItemKind"  # 'clkk'
    ITEM_NAME = 0x7363696E, "kAudioSelectorControlPropertyItemName"  # 'scin'


_alias(AudioSelectorControlProperty.ITEM_KIND, "kAudioClockSourceControlPropertyItemKind")


class AudioStereoPanControlProperty(FourCCEnum):
    """Properties of stereo-pan controls.

    Apple's ``kAudioStereoPanControlProperty*`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioStereoPanControlProperty, apple_name
    >>> AudioStereoPanControlProperty.PANNING_CHANNELS
    <AudioStereoPanControlProperty.PANNING_CHANNELS: 'spcc'>
    >>> apple_name(AudioStereoPanControlProperty.PANNING_CHANNELS)
    'kAudioStereoPanControlPropertyPanningChannels'
    """

    PANNING_CHANNELS = 0x73706363, "kAudioStereoPanControlPropertyPanningChannels"  # 'spcc'
    VALUE = 0x73706376, "kAudioStereoPanControlPropertyValue"  # 'spcv'


class AudioSelectorControlItemKind(FourCCEnum):
    """Values of ``kAudioSelectorControlPropertyItemKind``.

    Apple's ``kAudio*`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioSelectorControlItemKind, apple_name
    >>> AudioSelectorControlItemKind.CLOCK_SOURCE_INTERNAL
    <AudioSelectorControlItemKind.CLOCK_SOURCE_INTERNAL: 'int '>
    >>> apple_name(AudioSelectorControlItemKind.CLOCK_SOURCE_INTERNAL)
    'kAudioClockSourceItemKindInternal'
    """

    CLOCK_SOURCE_INTERNAL = 0x696E7420, "kAudioClockSourceItemKindInternal"  # 'int '
    SPACER = 0x73706372, "kAudioSelectorControlItemKindSpacer"  # 'spcr'


class AudioLevelControlTransferFunction(AppleIntEnum):
    """Transfer curves of level controls (deprecated ``AudioLevelControlTransferFunction``).

    Apple's ``kAudioLevelControlTranferFunction*`` constants
    (CoreAudio/AudioHardwareDeprecated.h).

    Apple spells the constants ``kAudioLevelControlTranferFunction...`` (sic).
    ``POWER_1_OVER_3`` is y = x ** (1 / 3).

    Example
    -------
    >>> from coremusic.constants import AudioLevelControlTransferFunction, apple_name
    >>> AudioLevelControlTransferFunction.LINEAR
    <AudioLevelControlTransferFunction.LINEAR: 0>
    >>> apple_name(AudioLevelControlTransferFunction.LINEAR)
    'kAudioLevelControlTranferFunctionLinear'
    """

    LINEAR = 0, "kAudioLevelControlTranferFunctionLinear"  # deprecated
    POWER_1_OVER_3 = 1, "kAudioLevelControlTranferFunction1Over3"  # deprecated
    POWER_1_OVER_2 = 2, "kAudioLevelControlTranferFunction1Over2"  # deprecated
    POWER_3_OVER_4 = 3, "kAudioLevelControlTranferFunction3Over4"  # deprecated
    POWER_3_OVER_2 = 4, "kAudioLevelControlTranferFunction3Over2"  # deprecated
    POWER_2_OVER_1 = 5, "kAudioLevelControlTranferFunction2Over1"  # deprecated
    POWER_3_OVER_1 = 6, "kAudioLevelControlTranferFunction3Over1"  # deprecated
    POWER_4_OVER_1 = 7, "kAudioLevelControlTranferFunction4Over1"  # deprecated
    POWER_5_OVER_1 = 8, "kAudioLevelControlTranferFunction5Over1"  # deprecated
    POWER_6_OVER_1 = 9, "kAudioLevelControlTranferFunction6Over1"  # deprecated
    POWER_7_OVER_1 = 10, "kAudioLevelControlTranferFunction7Over1"  # deprecated
    POWER_8_OVER_1 = 11, "kAudioLevelControlTranferFunction8Over1"  # deprecated
    POWER_9_OVER_1 = 12, "kAudioLevelControlTranferFunction9Over1"  # deprecated
    POWER_10_OVER_1 = 13, "kAudioLevelControlTranferFunction10Over1"  # deprecated
    POWER_11_OVER_1 = 14, "kAudioLevelControlTranferFunction11Over1"  # deprecated
    POWER_12_OVER_1 = 15, "kAudioLevelControlTranferFunction12Over1"  # deprecated


class AudioAggregateDeviceProperty(FourCCEnum):
    """Properties of aggregate devices.

    Apple's ``kAudioAggregateDeviceProperty*`` constants (CoreAudio/AudioHardware.h,
    CoreAudio/AudioHardwareDeprecated.h).

    Aliases (one member, several names): ``MASTER_SUB_DEVICE`` = ``MAIN_SUB_DEVICE``.

    Example
    -------
    >>> from coremusic.constants import AudioAggregateDeviceProperty, apple_name
    >>> AudioAggregateDeviceProperty.ACTIVE_SUB_DEVICE_LIST
    <AudioAggregateDeviceProperty.ACTIVE_SUB_DEVICE_LIST: 'agrp'>
    >>> apple_name(AudioAggregateDeviceProperty.ACTIVE_SUB_DEVICE_LIST)
    'kAudioAggregateDevicePropertyActiveSubDeviceList'
    """

    ACTIVE_SUB_DEVICE_LIST = (
        0x61677270,
        "kAudioAggregateDevicePropertyActiveSubDeviceList",
    )  # 'agrp'
    CLOCK_DEVICE = 0x61706364, "kAudioAggregateDevicePropertyClockDevice"  # 'apcd'
    COMPOSITION = 0x61636F6D, "kAudioAggregateDevicePropertyComposition"  # 'acom'
    FULL_SUB_DEVICE_LIST = 0x67727570, "kAudioAggregateDevicePropertyFullSubDeviceList"  # 'grup'
    MAIN_SUB_DEVICE = 0x616D7374, "kAudioAggregateDevicePropertyMainSubDevice"  # 'amst'
    MASTER_SUB_DEVICE = (
        0x616D7374,
        "kAudioAggregateDevicePropertyMasterSubDevice",
    )  # 'amst', alias of MAIN_SUB_DEVICE, deprecated
    SUB_TAP_LIST = 0x61746170, "kAudioAggregateDevicePropertySubTapList"  # 'atap'
    TAP_LIST = 0x74617023, "kAudioAggregateDevicePropertyTapList"  # 'tap#'


class AudioDriftCompensationQuality(AppleIntEnum):
    """Drift-compensation quality of sub-devices and sub-taps of an aggregate device.

    Apple's ``kAudioAggregateDriftCompensation*Quality`` constants (CoreAudio/AudioHardware.h).

    Other Apple spellings bound to members (see ``apple_names``):
    ``kAudioSubDeviceDriftCompensationHighQuality``,
    ``kAudioSubDeviceDriftCompensationLowQuality``,
    ``kAudioSubDeviceDriftCompensationMaxQuality``,
    ``kAudioSubDeviceDriftCompensationMediumQuality``,
    ``kAudioSubDeviceDriftCompensationMinQuality``.

    Example
    -------
    >>> from coremusic.constants import AudioDriftCompensationQuality, apple_name
    >>> AudioDriftCompensationQuality.MIN
    <AudioDriftCompensationQuality.MIN: 0>
    >>> apple_name(AudioDriftCompensationQuality.MIN)
    'kAudioAggregateDriftCompensationMinQuality'
    """

    MIN = 0, "kAudioAggregateDriftCompensationMinQuality"
    LOW = 32, "kAudioAggregateDriftCompensationLowQuality"
    MEDIUM = 64, "kAudioAggregateDriftCompensationMediumQuality"
    HIGH = 96, "kAudioAggregateDriftCompensationHighQuality"
    MAX = 127, "kAudioAggregateDriftCompensationMaxQuality"


_alias(AudioDriftCompensationQuality.MIN, "kAudioSubDeviceDriftCompensationMinQuality")
_alias(AudioDriftCompensationQuality.LOW, "kAudioSubDeviceDriftCompensationLowQuality")
_alias(AudioDriftCompensationQuality.MEDIUM, "kAudioSubDeviceDriftCompensationMediumQuality")
_alias(AudioDriftCompensationQuality.HIGH, "kAudioSubDeviceDriftCompensationHighQuality")
_alias(AudioDriftCompensationQuality.MAX, "kAudioSubDeviceDriftCompensationMaxQuality")


class AudioSubDeviceProperty(FourCCEnum):
    """Properties of sub-devices.

    Apple's ``kAudioSubDeviceProperty*`` constants (CoreAudio/AudioHardware.h).

    Example
    -------
    >>> from coremusic.constants import AudioSubDeviceProperty, apple_name
    >>> AudioSubDeviceProperty.DRIFT_COMPENSATION
    <AudioSubDeviceProperty.DRIFT_COMPENSATION: 'drft'>
    >>> apple_name(AudioSubDeviceProperty.DRIFT_COMPENSATION)
    'kAudioSubDevicePropertyDriftCompensation'
    """

    DRIFT_COMPENSATION = 0x64726674, "kAudioSubDevicePropertyDriftCompensation"  # 'drft'
    DRIFT_COMPENSATION_QUALITY = (
        0x64726671,
        "kAudioSubDevicePropertyDriftCompensationQuality",
    )  # 'drfq'
    EXTRA_LATENCY = 0x786C7463, "kAudioSubDevicePropertyExtraLatency"  # 'xltc'


class AudioSubTapProperty(FourCCEnum):
    """Properties of sub-taps.

    Apple's ``kAudioSubTapProperty*`` constants (CoreAudio/AudioHardware.h).

    Example
    -------
    >>> from coremusic.constants import AudioSubTapProperty, apple_name
    >>> AudioSubTapProperty.DRIFT_COMPENSATION
    <AudioSubTapProperty.DRIFT_COMPENSATION: 'drft'>
    >>> apple_name(AudioSubTapProperty.DRIFT_COMPENSATION)
    'kAudioSubTapPropertyDriftCompensation'
    """

    DRIFT_COMPENSATION = 0x64726674, "kAudioSubTapPropertyDriftCompensation"  # 'drft'
    DRIFT_COMPENSATION_QUALITY = (
        0x64726671,
        "kAudioSubTapPropertyDriftCompensationQuality",
    )  # 'drfq'
    EXTRA_LATENCY = 0x786C7463, "kAudioSubTapPropertyExtraLatency"  # 'xltc'


class AudioTapProperty(FourCCEnum):
    """Properties of process taps.

    Apple's ``kAudioTapProperty*`` constants (CoreAudio/AudioHardware.h).

    Example
    -------
    >>> from coremusic.constants import AudioTapProperty, apple_name
    >>> AudioTapProperty.DESCRIPTION
    <AudioTapProperty.DESCRIPTION: 'tdsc'>
    >>> apple_name(AudioTapProperty.DESCRIPTION)
    'kAudioTapPropertyDescription'
    """

    DESCRIPTION = 0x74647363, "kAudioTapPropertyDescription"  # 'tdsc'
    FORMAT = 0x74666D74, "kAudioTapPropertyFormat"  # 'tfmt'
    UID = 0x74756964, "kAudioTapPropertyUID"  # 'tuid'


class AudioProcessProperty(FourCCEnum):
    """Properties of process objects.

    Apple's ``kAudioProcessProperty*`` constants (CoreAudio/AudioHardware.h).

    Example
    -------
    >>> from coremusic.constants import AudioProcessProperty, apple_name
    >>> AudioProcessProperty.BUNDLE_ID
    <AudioProcessProperty.BUNDLE_ID: 'pbid'>
    >>> apple_name(AudioProcessProperty.BUNDLE_ID)
    'kAudioProcessPropertyBundleID'
    """

    BUNDLE_ID = 0x70626964, "kAudioProcessPropertyBundleID"  # 'pbid'
    DEVICES = 0x70647623, "kAudioProcessPropertyDevices"  # 'pdv#'
    IS_RUNNING = 0x7069723F, "kAudioProcessPropertyIsRunning"  # 'pir?'
    IS_RUNNING_INPUT = 0x70697269, "kAudioProcessPropertyIsRunningInput"  # 'piri'
    IS_RUNNING_OUTPUT = 0x7069726F, "kAudioProcessPropertyIsRunningOutput"  # 'piro'
    PID = 0x70706964, "kAudioProcessPropertyPID"  # 'ppid'


class AudioDeviceClockAlgorithm(FourCCEnum):
    """Values of ``kAudioDevicePropertyClockAlgorithm`` (``AudioDeviceClockAlgorithmSelector``).

    Apple's ``kAudioDeviceClockAlgorithm*`` constants (CoreAudio/AudioServerPlugIn.h).

    Example
    -------
    >>> from coremusic.constants import AudioDeviceClockAlgorithm, apple_name
    >>> AudioDeviceClockAlgorithm.MOVING_WINDOW_AVERAGE_12_PT
    <AudioDeviceClockAlgorithm.MOVING_WINDOW_AVERAGE_12_PT: 'mavg'>
    >>> apple_name(AudioDeviceClockAlgorithm.MOVING_WINDOW_AVERAGE_12_PT)
    'kAudioDeviceClockAlgorithm12PtMovingWindowAverage'
    """

    MOVING_WINDOW_AVERAGE_12_PT = (
        0x6D617667,
        "kAudioDeviceClockAlgorithm12PtMovingWindowAverage",
    )  # 'mavg'
    RAW = 0x72617777, "kAudioDeviceClockAlgorithmRaw"  # 'raww'
    SIMPLE_IIR = 0x69697266, "kAudioDeviceClockAlgorithmSimpleIIR"  # 'iirf'


class AudioServerPlugInIOOperation(FourCCEnum):
    """IO operations of an audio server plug-in's IO cycle (``AudioServerPlugInIOOperation``).

    Apple's ``kAudioServerPlugInIOOperation*`` constants (CoreAudio/AudioServerPlugIn.h).

    Example
    -------
    >>> from coremusic.constants import AudioServerPlugInIOOperation, apple_name
    >>> AudioServerPlugInIOOperation.CONVERT_INPUT
    <AudioServerPlugInIOOperation.CONVERT_INPUT: 'cinp'>
    >>> apple_name(AudioServerPlugInIOOperation.CONVERT_INPUT)
    'kAudioServerPlugInIOOperationConvertInput'
    """

    CONVERT_INPUT = 0x63696E70, "kAudioServerPlugInIOOperationConvertInput"  # 'cinp'
    CONVERT_MIX = 0x636D6978, "kAudioServerPlugInIOOperationConvertMix"  # 'cmix'
    CYCLE = 0x6379636C, "kAudioServerPlugInIOOperationCycle"  # 'cycl'
    MIX_OUTPUT = 0x6D69786F, "kAudioServerPlugInIOOperationMixOutput"  # 'mixo'
    PROCESS_INPUT = 0x70696E70, "kAudioServerPlugInIOOperationProcessInput"  # 'pinp'
    PROCESS_MIX = 0x706D6978, "kAudioServerPlugInIOOperationProcessMix"  # 'pmix'
    PROCESS_OUTPUT = 0x706F7574, "kAudioServerPlugInIOOperationProcessOutput"  # 'pout'
    READ_INPUT = 0x72656164, "kAudioServerPlugInIOOperationReadInput"  # 'read'
    THREAD = 0x74687264, "kAudioServerPlugInIOOperationThread"  # 'thrd'
    WRITE_MIX = 0x72697465, "kAudioServerPlugInIOOperationWriteMix"  # 'rite'


class AudioServerPlugInCustomPropertyDataType(FourCCEnum):
    """Data types of a server plug-in's custom properties.

    Apple's ``kAudioServerPlugInCustomPropertyDataType*`` constants
    (CoreAudio/AudioServerPlugIn.h).

    Example
    -------
    >>> from coremusic.constants import AudioServerPlugInCustomPropertyDataType, apple_name
    >>> AudioServerPlugInCustomPropertyDataType.CF_PROPERTY_LIST
    <AudioServerPlugInCustomPropertyDataType.CF_PROPERTY_LIST: 'plst'>
    >>> apple_name(AudioServerPlugInCustomPropertyDataType.CF_PROPERTY_LIST)
    'kAudioServerPlugInCustomPropertyDataTypeCFPropertyList'
    """

    CF_PROPERTY_LIST = (
        0x706C7374,
        "kAudioServerPlugInCustomPropertyDataTypeCFPropertyList",
    )  # 'plst'
    CF_STRING = 0x63667374, "kAudioServerPlugInCustomPropertyDataTypeCFString"  # 'cfst'
    NONE = 0, "kAudioServerPlugInCustomPropertyDataTypeNone"


class AudioAggregateDeviceKey(AppleStrEnum):
    """Keys of the description dictionary of ``AudioHardwareCreateAggregateDevice``.

    Apple's ``kAudioAggregateDevice*`` constants (CoreAudio/AudioHardware.h,
    CoreAudio/AudioHardwareDeprecated.h).

    Aliases (one member, several names): ``MASTER_SUB_DEVICE`` = ``MAIN_SUB_DEVICE``.

    Example
    -------
    >>> from coremusic.constants import AudioAggregateDeviceKey, apple_name
    >>> AudioAggregateDeviceKey.CLOCK_DEVICE
    <AudioAggregateDeviceKey.CLOCK_DEVICE: 'clock'>
    >>> apple_name(AudioAggregateDeviceKey.CLOCK_DEVICE)
    'kAudioAggregateDeviceClockDeviceKey'
    """

    CLOCK_DEVICE = "clock", "kAudioAggregateDeviceClockDeviceKey"
    IS_PRIVATE = "private", "kAudioAggregateDeviceIsPrivateKey"
    IS_STACKED = "stacked", "kAudioAggregateDeviceIsStackedKey"
    MAIN_SUB_DEVICE = "master", "kAudioAggregateDeviceMainSubDeviceKey"
    MASTER_SUB_DEVICE = (
        "master",
        "kAudioAggregateDeviceMasterSubDeviceKey",
    )  # alias of MAIN_SUB_DEVICE, deprecated
    NAME = "name", "kAudioAggregateDeviceNameKey"
    SUB_DEVICE_LIST = "subdevices", "kAudioAggregateDeviceSubDeviceListKey"
    TAP_AUTO_START = "tapautostart", "kAudioAggregateDeviceTapAutoStartKey"
    TAP_LIST = "taps", "kAudioAggregateDeviceTapListKey"
    UID = "uid", "kAudioAggregateDeviceUIDKey"


class AudioSubDeviceKey(AppleStrEnum):
    """Keys of a sub-device entry of an aggregate-device description.

    Apple's ``kAudioSubDevice*`` constants (CoreAudio/AudioHardware.h).

    Example
    -------
    >>> from coremusic.constants import AudioSubDeviceKey, apple_name
    >>> AudioSubDeviceKey.DRIFT_COMPENSATION
    <AudioSubDeviceKey.DRIFT_COMPENSATION: 'drift'>
    >>> apple_name(AudioSubDeviceKey.DRIFT_COMPENSATION)
    'kAudioSubDeviceDriftCompensationKey'
    """

    DRIFT_COMPENSATION = "drift", "kAudioSubDeviceDriftCompensationKey"
    DRIFT_COMPENSATION_QUALITY = "drift quality", "kAudioSubDeviceDriftCompensationQualityKey"
    EXTRA_INPUT_LATENCY = "latency-in", "kAudioSubDeviceExtraInputLatencyKey"
    EXTRA_OUTPUT_LATENCY = "latency-out", "kAudioSubDeviceExtraOutputLatencyKey"
    INPUT_CHANNELS = "channels-in", "kAudioSubDeviceInputChannelsKey"
    NAME = "name", "kAudioSubDeviceNameKey"
    OUTPUT_CHANNELS = "channels-out", "kAudioSubDeviceOutputChannelsKey"
    UID = "uid", "kAudioSubDeviceUIDKey"


class AudioSubTapKey(AppleStrEnum):
    """Keys of a sub-tap entry of an aggregate-device description.

    Apple's ``kAudioSubTap*`` constants (CoreAudio/AudioHardware.h).

    Example
    -------
    >>> from coremusic.constants import AudioSubTapKey, apple_name
    >>> AudioSubTapKey.DRIFT_COMPENSATION
    <AudioSubTapKey.DRIFT_COMPENSATION: 'drift'>
    >>> apple_name(AudioSubTapKey.DRIFT_COMPENSATION)
    'kAudioSubTapDriftCompensationKey'
    """

    DRIFT_COMPENSATION = "drift", "kAudioSubTapDriftCompensationKey"
    DRIFT_COMPENSATION_QUALITY = "drift quality", "kAudioSubTapDriftCompensationQualityKey"
    EXTRA_INPUT_LATENCY = "latency-in", "kAudioSubTapExtraInputLatencyKey"
    EXTRA_OUTPUT_LATENCY = "latency-out", "kAudioSubTapExtraOutputLatencyKey"
    UID = "uid", "kAudioSubTapUIDKey"


class AudioEndPointDeviceKey(AppleStrEnum):
    """Keys of an end-point device's composition dictionary.

    Apple's ``kAudioEndPointDevice*`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioEndPointDeviceKey, apple_name
    >>> AudioEndPointDeviceKey.END_POINT_LIST
    <AudioEndPointDeviceKey.END_POINT_LIST: 'endpoints'>
    >>> apple_name(AudioEndPointDeviceKey.END_POINT_LIST)
    'kAudioEndPointDeviceEndPointListKey'
    """

    END_POINT_LIST = "endpoints", "kAudioEndPointDeviceEndPointListKey"
    IS_PRIVATE = "private", "kAudioEndPointDeviceIsPrivateKey"
    MAIN_END_POINT = "main", "kAudioEndPointDeviceMainEndPointKey"
    MASTER_END_POINT = "master", "kAudioEndPointDeviceMasterEndPointKey"
    NAME = "name", "kAudioEndPointDeviceNameKey"
    UID = "uid", "kAudioEndPointDeviceUIDKey"


class AudioEndPointKey(AppleStrEnum):
    """Keys of an end point's entry in an end-point device's composition.

    Apple's ``kAudioEndPoint*`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioEndPointKey, apple_name
    >>> AudioEndPointKey.INPUT_CHANNELS
    <AudioEndPointKey.INPUT_CHANNELS: 'channels-in'>
    >>> apple_name(AudioEndPointKey.INPUT_CHANNELS)
    'kAudioEndPointInputChannelsKey'
    """

    INPUT_CHANNELS = "channels-in", "kAudioEndPointInputChannelsKey"
    NAME = "name", "kAudioEndPointNameKey"
    OUTPUT_CHANNELS = "channels-out", "kAudioEndPointOutputChannelsKey"
    UID = "uid", "kAudioEndPointUIDKey"
