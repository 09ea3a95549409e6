"""Channel labels, channel-layout tags and channel bitmaps (CoreAudioTypes).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum, AppleIntFlag

__all__ = [
    "AudioChannelBitmap",
    "AudioChannelCoordinateIndex",
    "AudioChannelFlag",
    "AudioChannelLabel",
    "AudioChannelLayoutTag",
]


class AudioChannelLabel(AppleIntEnum):
    """The role of one channel of an ``AudioChannelLayout`` (``AudioChannelLabel``).

    Apple's ``kAudioChannelLabel_*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    ``DISCRETE_0`` .. ``DISCRETE_65535`` and ``HOA_ACN_0`` .. ``HOA_ACN_65024`` are
    ranges: Apple names only a few values of them; ``HOA_SN3D`` / ``HOA_N3D`` are the
    normalisation bits added to an ACN label.

    Aliases (one member, several names): ``TOP_CENTER_SURROUND`` = ``CENTER_TOP_MIDDLE``,
    ``VERTICAL_HEIGHT_LEFT`` = ``LEFT_TOP_FRONT``, ``VERTICAL_HEIGHT_CENTER`` =
    ``CENTER_TOP_FRONT``, ``VERTICAL_HEIGHT_RIGHT`` = ``RIGHT_TOP_FRONT``, ``HOA_SN3D`` =
    ``HOA_ACN_0``.

    Example
    -------
    >>> from coremusic.constants import AudioChannelLabel, apple_name
    >>> AudioChannelLabel.UNUSED
    <AudioChannelLabel.UNUSED: 0>
    >>> apple_name(AudioChannelLabel.UNUSED)
    'kAudioChannelLabel_Unused'
    """

    UNUSED = 0, "kAudioChannelLabel_Unused"
    LEFT = 1, "kAudioChannelLabel_Left"
    RIGHT = 2, "kAudioChannelLabel_Right"
    CENTER = 3, "kAudioChannelLabel_Center"
    LFE_SCREEN = 4, "kAudioChannelLabel_LFEScreen"
    LEFT_SURROUND = 5, "kAudioChannelLabel_LeftSurround"
    RIGHT_SURROUND = 6, "kAudioChannelLabel_RightSurround"
    LEFT_CENTER = 7, "kAudioChannelLabel_LeftCenter"
    RIGHT_CENTER = 8, "kAudioChannelLabel_RightCenter"
    CENTER_SURROUND = 9, "kAudioChannelLabel_CenterSurround"
    LEFT_SURROUND_DIRECT = 10, "kAudioChannelLabel_LeftSurroundDirect"
    RIGHT_SURROUND_DIRECT = 11, "kAudioChannelLabel_RightSurroundDirect"
    CENTER_TOP_MIDDLE = 12, "kAudioChannelLabel_CenterTopMiddle"
    TOP_CENTER_SURROUND = 12, "kAudioChannelLabel_TopCenterSurround"  # alias of CENTER_TOP_MIDDLE
    LEFT_TOP_FRONT = 13, "kAudioChannelLabel_LeftTopFront"
    VERTICAL_HEIGHT_LEFT = 13, "kAudioChannelLabel_VerticalHeightLeft"  # alias of LEFT_TOP_FRONT
    CENTER_TOP_FRONT = 14, "kAudioChannelLabel_CenterTopFront"
    VERTICAL_HEIGHT_CENTER = (
        14,
        "kAudioChannelLabel_VerticalHeightCenter",
    )  # alias of CENTER_TOP_FRONT
    RIGHT_TOP_FRONT = 15, "kAudioChannelLabel_RightTopFront"
    VERTICAL_HEIGHT_RIGHT = 15, "kAudioChannelLabel_VerticalHeightRight"  # alias of RIGHT_TOP_FRONT
    TOP_BACK_LEFT = 16, "kAudioChannelLabel_TopBackLeft"
    TOP_BACK_CENTER = 17, "kAudioChannelLabel_TopBackCenter"
    TOP_BACK_RIGHT = 18, "kAudioChannelLabel_TopBackRight"
    REAR_SURROUND_LEFT = 33, "kAudioChannelLabel_RearSurroundLeft"
    REAR_SURROUND_RIGHT = 34, "kAudioChannelLabel_RearSurroundRight"
    LEFT_WIDE = 35, "kAudioChannelLabel_LeftWide"
    RIGHT_WIDE = 36, "kAudioChannelLabel_RightWide"
    LFE2 = 37, "kAudioChannelLabel_LFE2"
    LEFT_TOTAL = 38, "kAudioChannelLabel_LeftTotal"
    RIGHT_TOTAL = 39, "kAudioChannelLabel_RightTotal"
    HEARING_IMPAIRED = 40, "kAudioChannelLabel_HearingImpaired"
    NARRATION = 41, "kAudioChannelLabel_Narration"
    MONO = 42, "kAudioChannelLabel_Mono"
    DIALOG_CENTRIC_MIX = 43, "kAudioChannelLabel_DialogCentricMix"
    CENTER_SURROUND_DIRECT = 44, "kAudioChannelLabel_CenterSurroundDirect"
    HAPTIC = 45, "kAudioChannelLabel_Haptic"
    LEFT_TOP_MIDDLE = 49, "kAudioChannelLabel_LeftTopMiddle"
    RIGHT_TOP_MIDDLE = 51, "kAudioChannelLabel_RightTopMiddle"
    LEFT_TOP_REAR = 52, "kAudioChannelLabel_LeftTopRear"
    CENTER_TOP_REAR = 53, "kAudioChannelLabel_CenterTopRear"
    RIGHT_TOP_REAR = 54, "kAudioChannelLabel_RightTopRear"
    LEFT_SIDE_SURROUND = 55, "kAudioChannelLabel_LeftSideSurround"
    RIGHT_SIDE_SURROUND = 56, "kAudioChannelLabel_RightSideSurround"
    LEFT_BOTTOM = 57, "kAudioChannelLabel_LeftBottom"
    RIGHT_BOTTOM = 58, "kAudioChannelLabel_RightBottom"
    CENTER_BOTTOM = 59, "kAudioChannelLabel_CenterBottom"
    LEFT_TOP_SURROUND = 60, "kAudioChannelLabel_LeftTopSurround"
    RIGHT_TOP_SURROUND = 61, "kAudioChannelLabel_RightTopSurround"
    LFE3 = 62, "kAudioChannelLabel_LFE3"
    LEFT_BACK_SURROUND = 63, "kAudioChannelLabel_LeftBackSurround"
    RIGHT_BACK_SURROUND = 64, "kAudioChannelLabel_RightBackSurround"
    LEFT_EDGE_OF_SCREEN = 65, "kAudioChannelLabel_LeftEdgeOfScreen"
    RIGHT_EDGE_OF_SCREEN = 66, "kAudioChannelLabel_RightEdgeOfScreen"
    USE_COORDINATES = 100, "kAudioChannelLabel_UseCoordinates"
    AMBISONIC_W = 200, "kAudioChannelLabel_Ambisonic_W"
    AMBISONIC_X = 201, "kAudioChannelLabel_Ambisonic_X"
    AMBISONIC_Y = 202, "kAudioChannelLabel_Ambisonic_Y"
    AMBISONIC_Z = 203, "kAudioChannelLabel_Ambisonic_Z"
    MS_MID = 204, "kAudioChannelLabel_MS_Mid"
    MS_SIDE = 205, "kAudioChannelLabel_MS_Side"
    XY_X = 206, "kAudioChannelLabel_XY_X"
    XY_Y = 207, "kAudioChannelLabel_XY_Y"
    BINAURAL_LEFT = 208, "kAudioChannelLabel_BinauralLeft"
    BINAURAL_RIGHT = 209, "kAudioChannelLabel_BinauralRight"
    HEADPHONES_LEFT = 301, "kAudioChannelLabel_HeadphonesLeft"
    HEADPHONES_RIGHT = 302, "kAudioChannelLabel_HeadphonesRight"
    CLICK_TRACK = 304, "kAudioChannelLabel_ClickTrack"
    FOREIGN_LANGUAGE = 305, "kAudioChannelLabel_ForeignLanguage"
    DISCRETE = 400, "kAudioChannelLabel_Discrete"
    HOA_ACN = 500, "kAudioChannelLabel_HOA_ACN"
    DISCRETE_0 = 65536, "kAudioChannelLabel_Discrete_0"
    DISCRETE_1 = 65537, "kAudioChannelLabel_Discrete_1"
    DISCRETE_2 = 65538, "kAudioChannelLabel_Discrete_2"
    DISCRETE_3 = 65539, "kAudioChannelLabel_Discrete_3"
    DISCRETE_4 = 65540, "kAudioChannelLabel_Discrete_4"
    DISCRETE_5 = 65541, "kAudioChannelLabel_Discrete_5"
    DISCRETE_6 = 65542, "kAudioChannelLabel_Discrete_6"
    DISCRETE_7 = 65543, "kAudioChannelLabel_Discrete_7"
    DISCRETE_8 = 65544, "kAudioChannelLabel_Discrete_8"
    DISCRETE_9 = 65545, "kAudioChannelLabel_Discrete_9"
    DISCRETE_10 = 65546, "kAudioChannelLabel_Discrete_10"
    DISCRETE_11 = 65547, "kAudioChannelLabel_Discrete_11"
    DISCRETE_12 = 65548, "kAudioChannelLabel_Discrete_12"
    DISCRETE_13 = 65549, "kAudioChannelLabel_Discrete_13"
    DISCRETE_14 = 65550, "kAudioChannelLabel_Discrete_14"
    DISCRETE_15 = 65551, "kAudioChannelLabel_Discrete_15"
    DISCRETE_65535 = 131071, "kAudioChannelLabel_Discrete_65535"
    HOA_ACN_0 = 131072, "kAudioChannelLabel_HOA_ACN_0"
    HOA_SN3D = 131072, "kAudioChannelLabel_HOA_SN3D"  # alias of HOA_ACN_0
    HOA_ACN_1 = 131073, "kAudioChannelLabel_HOA_ACN_1"
    HOA_ACN_2 = 131074, "kAudioChannelLabel_HOA_ACN_2"
    HOA_ACN_3 = 131075, "kAudioChannelLabel_HOA_ACN_3"
    HOA_ACN_4 = 131076, "kAudioChannelLabel_HOA_ACN_4"
    HOA_ACN_5 = 131077, "kAudioChannelLabel_HOA_ACN_5"
    HOA_ACN_6 = 131078, "kAudioChannelLabel_HOA_ACN_6"
    HOA_ACN_7 = 131079, "kAudioChannelLabel_HOA_ACN_7"
    HOA_ACN_8 = 131080, "kAudioChannelLabel_HOA_ACN_8"
    HOA_ACN_9 = 131081, "kAudioChannelLabel_HOA_ACN_9"
    HOA_ACN_10 = 131082, "kAudioChannelLabel_HOA_ACN_10"
    HOA_ACN_11 = 131083, "kAudioChannelLabel_HOA_ACN_11"
    HOA_ACN_12 = 131084, "kAudioChannelLabel_HOA_ACN_12"
    HOA_ACN_13 = 131085, "kAudioChannelLabel_HOA_ACN_13"
    HOA_ACN_14 = 131086, "kAudioChannelLabel_HOA_ACN_14"
    HOA_ACN_15 = 131087, "kAudioChannelLabel_HOA_ACN_15"
    HOA_ACN_65024 = 196096, "kAudioChannelLabel_HOA_ACN_65024"
    HOA_N3D = 196608, "kAudioChannelLabel_HOA_N3D"
    OBJECT = 262144, "kAudioChannelLabel_Object"
    BEGIN_RESERVED = 4026531840, "kAudioChannelLabel_BeginReserved"
    END_RESERVED = 4294967294, "kAudioChannelLabel_EndReserved"
    UNKNOWN = 4294967295, "kAudioChannelLabel_Unknown"


class AudioChannelLayoutTag(AppleIntEnum):
    """Predefined channel layouts (``AudioChannelLayoutTag``).

    Apple's ``kAudioChannelLayoutTag_*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    A tag's low 16 bits are its number of channels: see ``number_of_channels``.
    Many standards name the same layout, so this class has many aliases; the
    canonical member is the generic or MPEG name.

    Aliases (one member, several names): ``DVD_0`` = ``MONO``, ``CICP_1`` = ``MONO``,
    ``ITU_1_0`` = ``MONO``, ``MPEG_1_0`` = ``MONO``, ``LOGIC_MONO`` = ``MONO``, ``DVD_1`` =
    ``STEREO``, ``CICP_2`` = ``STEREO``, ``ITU_2_0`` = ``STEREO``, ``MPEG_2_0`` = ``STEREO``,
    ``LOGIC_STEREO`` = ``STEREO``, ``AUDIO_UNIT_4`` = ``QUADRAPHONIC``, ``AAC_QUADRAPHONIC`` =
    ``QUADRAPHONIC``, ``LOGIC_QUADRAPHONIC`` = ``QUADRAPHONIC``, ``AUDIO_UNIT_5`` =
    ``PENTAGONAL``, ``AUDIO_UNIT_6`` = ``HEXAGONAL``, ``AUDIO_UNIT_8`` = ``OCTAGONAL``,
    ``DVD_7`` = ``MPEG_3_0_A``, ``CICP_3`` = ``MPEG_3_0_A``, ``ITU_3_0`` = ``MPEG_3_0_A``,
    ``WAVE_3_0`` = ``MPEG_3_0_A``, ``AAC_3_0`` = ``MPEG_3_0_B``, ``DVD_8`` = ``MPEG_4_0_A``,
    ``CICP_4`` = ``MPEG_4_0_A``, ``DVD_13`` = ``MPEG_4_0_A``, ``ITU_3_1`` = ``MPEG_4_0_A``,
    ``LOGIC_4_0_A`` = ``MPEG_4_0_A``, ``AAC_4_0`` = ``MPEG_4_0_B``, ``LOGIC_4_0_B`` =
    ``MPEG_4_0_B``, ``DVD_9`` = ``MPEG_5_0_A``, ``CICP_5`` = ``MPEG_5_0_A``, ``DVD_14`` =
    ``MPEG_5_0_A``, ``ITU_3_2`` = ``MPEG_5_0_A``, ``WAVE_5_0_A`` = ``MPEG_5_0_A``,
    ``LOGIC_5_0_A`` = ``MPEG_5_0_A``, ``DVD_19`` = ``MPEG_5_0_B``, ``LOGIC_5_0_B`` =
    ``MPEG_5_0_B``, ``AUDIO_UNIT_5_0`` = ``MPEG_5_0_B``, ``LOGIC_5_0_C`` = ``MPEG_5_0_C``,
    ``AAC_5_0`` = ``MPEG_5_0_D``, ``LOGIC_5_0_D`` = ``MPEG_5_0_D``, ``CICP_6`` =
    ``MPEG_5_1_A``, ``DVD_12`` = ``MPEG_5_1_A``, ``DVD_17`` = ``MPEG_5_1_A``, ``ITU_3_2_1`` =
    ``MPEG_5_1_A``, ``WAVE_5_1_A`` = ``MPEG_5_1_A``, ``LOGIC_5_1_A`` = ``MPEG_5_1_A``,
    ``AUDIO_UNIT_5_1`` = ``MPEG_5_1_A``, ``DVD_20`` = ``MPEG_5_1_B``, ``LOGIC_5_1_B`` =
    ``MPEG_5_1_B``, ``LOGIC_5_1_C`` = ``MPEG_5_1_C``, ``AAC_5_1`` = ``MPEG_5_1_D``,
    ``LOGIC_5_1_D`` = ``MPEG_5_1_D``, ``CICP_11`` = ``MPEG_6_1_A``, ``LOGIC_6_1_C`` =
    ``MPEG_6_1_A``, ``AUDIO_UNIT_6_1`` = ``MPEG_6_1_A``, ``LOGIC_7_1_SDDS_A`` = ``MPEG_7_1_A``,
    ``AUDIO_UNIT_7_1_FRONT`` = ``MPEG_7_1_A``, ``CICP_7`` = ``MPEG_7_1_B``, ``AAC_7_1`` =
    ``MPEG_7_1_B``, ``LOGIC_7_1_SDDS_B`` = ``MPEG_7_1_B``, ``CICP_12`` = ``MPEG_7_1_C``,
    ``ITU_3_4_1`` = ``MPEG_7_1_C``, ``LOGIC_7_1_A`` = ``MPEG_7_1_C``, ``LOGIC_7_1_C`` =
    ``MPEG_7_1_C``, ``AUDIO_UNIT_7_1`` = ``MPEG_7_1_C``, ``LOGIC_7_1_SDDS_C`` =
    ``EMAGIC_DEFAULT_7_1``, ``DVD_2`` = ``ITU_2_1``, ``CICP_9`` = ``ITU_2_1``, ``DVD_3`` =
    ``ITU_2_2``, ``CICP_10`` = ``ITU_2_2``, ``WAVE_4_0_A`` = ``ITU_2_2``, ``WAVE_2_1`` =
    ``DVD_4``, ``DVD_15`` = ``DVD_10``, ``DVD_16`` = ``DVD_11``, ``LOGIC_6_0_C`` =
    ``AUDIO_UNIT_6_0``, ``LOGIC_6_0_A`` = ``AAC_6_0``, ``LOGIC_6_1_A`` = ``AAC_6_1``,
    ``OGG_3_0`` = ``AC3_3_0``, ``OGG_4_0`` = ``WAVE_4_0_B``, ``LOGIC_ATMOS_7_1_4_A`` =
    ``ATMOS_7_1_4``, ``LOGIC_ATMOS_5_1_2`` = ``ATMOS_5_1_2``, ``LOGIC_ATMOS_5_1_4`` =
    ``ATMOS_5_1_4``, ``LOGIC_ATMOS_7_1_2`` = ``ATMOS_7_1_2``.

    Example
    -------
    >>> from coremusic.constants import AudioChannelLayoutTag, apple_name
    >>> AudioChannelLayoutTag.USE_CHANNEL_DESCRIPTIONS
    <AudioChannelLayoutTag.USE_CHANNEL_DESCRIPTIONS: 0>
    >>> apple_name(AudioChannelLayoutTag.USE_CHANNEL_DESCRIPTIONS)
    'kAudioChannelLayoutTag_UseChannelDescriptions'
    """

    USE_CHANNEL_DESCRIPTIONS = 0, "kAudioChannelLayoutTag_UseChannelDescriptions"
    USE_CHANNEL_BITMAP = 65536, "kAudioChannelLayoutTag_UseChannelBitmap"
    MONO = 6553601, "kAudioChannelLayoutTag_Mono"
    DVD_0 = 6553601, "kAudioChannelLayoutTag_DVD_0"  # alias of MONO
    CICP_1 = 6553601, "kAudioChannelLayoutTag_CICP_1"  # alias of MONO
    ITU_1_0 = 6553601, "kAudioChannelLayoutTag_ITU_1_0"  # alias of MONO
    MPEG_1_0 = 6553601, "kAudioChannelLayoutTag_MPEG_1_0"  # alias of MONO
    LOGIC_MONO = 6553601, "kAudioChannelLayoutTag_Logic_Mono"  # alias of MONO
    STEREO = 6619138, "kAudioChannelLayoutTag_Stereo"
    DVD_1 = 6619138, "kAudioChannelLayoutTag_DVD_1"  # alias of STEREO
    CICP_2 = 6619138, "kAudioChannelLayoutTag_CICP_2"  # alias of STEREO
    ITU_2_0 = 6619138, "kAudioChannelLayoutTag_ITU_2_0"  # alias of STEREO
    MPEG_2_0 = 6619138, "kAudioChannelLayoutTag_MPEG_2_0"  # alias of STEREO
    LOGIC_STEREO = 6619138, "kAudioChannelLayoutTag_Logic_Stereo"  # alias of STEREO
    STEREO_HEADPHONES = 6684674, "kAudioChannelLayoutTag_StereoHeadphones"
    MATRIX_STEREO = 6750210, "kAudioChannelLayoutTag_MatrixStereo"
    MID_SIDE = 6815746, "kAudioChannelLayoutTag_MidSide"
    XY = 6881282, "kAudioChannelLayoutTag_XY"
    BINAURAL = 6946818, "kAudioChannelLayoutTag_Binaural"
    AMBISONIC_B_FORMAT = 7012356, "kAudioChannelLayoutTag_Ambisonic_B_Format"
    QUADRAPHONIC = 7077892, "kAudioChannelLayoutTag_Quadraphonic"
    AUDIO_UNIT_4 = 7077892, "kAudioChannelLayoutTag_AudioUnit_4"  # alias of QUADRAPHONIC
    AAC_QUADRAPHONIC = 7077892, "kAudioChannelLayoutTag_AAC_Quadraphonic"  # alias of QUADRAPHONIC
    LOGIC_QUADRAPHONIC = (
        7077892,
        "kAudioChannelLayoutTag_Logic_Quadraphonic",
    )  # alias of QUADRAPHONIC
    PENTAGONAL = 7143429, "kAudioChannelLayoutTag_Pentagonal"
    AUDIO_UNIT_5 = 7143429, "kAudioChannelLayoutTag_AudioUnit_5"  # alias of PENTAGONAL
    HEXAGONAL = 7208966, "kAudioChannelLayoutTag_Hexagonal"
    AUDIO_UNIT_6 = 7208966, "kAudioChannelLayoutTag_AudioUnit_6"  # alias of HEXAGONAL
    OCTAGONAL = 7274504, "kAudioChannelLayoutTag_Octagonal"
    AUDIO_UNIT_8 = 7274504, "kAudioChannelLayoutTag_AudioUnit_8"  # alias of OCTAGONAL
    CUBE = 7340040, "kAudioChannelLayoutTag_Cube"
    MPEG_3_0_A = 7405571, "kAudioChannelLayoutTag_MPEG_3_0_A"
    DVD_7 = 7405571, "kAudioChannelLayoutTag_DVD_7"  # alias of MPEG_3_0_A
    CICP_3 = 7405571, "kAudioChannelLayoutTag_CICP_3"  # alias of MPEG_3_0_A
    ITU_3_0 = 7405571, "kAudioChannelLayoutTag_ITU_3_0"  # alias of MPEG_3_0_A
    WAVE_3_0 = 7405571, "kAudioChannelLayoutTag_WAVE_3_0"  # alias of MPEG_3_0_A
    MPEG_3_0_B = 7471107, "kAudioChannelLayoutTag_MPEG_3_0_B"
    AAC_3_0 = 7471107, "kAudioChannelLayoutTag_AAC_3_0"  # alias of MPEG_3_0_B
    MPEG_4_0_A = 7536644, "kAudioChannelLayoutTag_MPEG_4_0_A"
    DVD_8 = 7536644, "kAudioChannelLayoutTag_DVD_8"  # alias of MPEG_4_0_A
    CICP_4 = 7536644, "kAudioChannelLayoutTag_CICP_4"  # alias of MPEG_4_0_A
    DVD_13 = 7536644, "kAudioChannelLayoutTag_DVD_13"  # alias of MPEG_4_0_A
    ITU_3_1 = 7536644, "kAudioChannelLayoutTag_ITU_3_1"  # alias of MPEG_4_0_A
    LOGIC_4_0_A = 7536644, "kAudioChannelLayoutTag_Logic_4_0_A"  # alias of MPEG_4_0_A
    MPEG_4_0_B = 7602180, "kAudioChannelLayoutTag_MPEG_4_0_B"
    AAC_4_0 = 7602180, "kAudioChannelLayoutTag_AAC_4_0"  # alias of MPEG_4_0_B
    LOGIC_4_0_B = 7602180, "kAudioChannelLayoutTag_Logic_4_0_B"  # alias of MPEG_4_0_B
    MPEG_5_0_A = 7667717, "kAudioChannelLayoutTag_MPEG_5_0_A"
    DVD_9 = 7667717, "kAudioChannelLayoutTag_DVD_9"  # alias of MPEG_5_0_A
    CICP_5 = 7667717, "kAudioChannelLayoutTag_CICP_5"  # alias of MPEG_5_0_A
    DVD_14 = 7667717, "kAudioChannelLayoutTag_DVD_14"  # alias of MPEG_5_0_A
    ITU_3_2 = 7667717, "kAudioChannelLayoutTag_ITU_3_2"  # alias of MPEG_5_0_A
    WAVE_5_0_A = 7667717, "kAudioChannelLayoutTag_WAVE_5_0_A"  # alias of MPEG_5_0_A
    LOGIC_5_0_A = 7667717, "kAudioChannelLayoutTag_Logic_5_0_A"  # alias of MPEG_5_0_A
    MPEG_5_0_B = 7733253, "kAudioChannelLayoutTag_MPEG_5_0_B"
    DVD_19 = 7733253, "kAudioChannelLayoutTag_DVD_19"  # alias of MPEG_5_0_B
    LOGIC_5_0_B = 7733253, "kAudioChannelLayoutTag_Logic_5_0_B"  # alias of MPEG_5_0_B
    AUDIO_UNIT_5_0 = 7733253, "kAudioChannelLayoutTag_AudioUnit_5_0"  # alias of MPEG_5_0_B
    MPEG_5_0_C = 7798789, "kAudioChannelLayoutTag_MPEG_5_0_C"
    LOGIC_5_0_C = 7798789, "kAudioChannelLayoutTag_Logic_5_0_C"  # alias of MPEG_5_0_C
    MPEG_5_0_D = 7864325, "kAudioChannelLayoutTag_MPEG_5_0_D"
    AAC_5_0 = 7864325, "kAudioChannelLayoutTag_AAC_5_0"  # alias of MPEG_5_0_D
    LOGIC_5_0_D = 7864325, "kAudioChannelLayoutTag_Logic_5_0_D"  # alias of MPEG_5_0_D
    MPEG_5_1_A = 7929862, "kAudioChannelLayoutTag_MPEG_5_1_A"
    CICP_6 = 7929862, "kAudioChannelLayoutTag_CICP_6"  # alias of MPEG_5_1_A
    DVD_12 = 7929862, "kAudioChannelLayoutTag_DVD_12"  # alias of MPEG_5_1_A
    DVD_17 = 7929862, "kAudioChannelLayoutTag_DVD_17"  # alias of MPEG_5_1_A
    ITU_3_2_1 = 7929862, "kAudioChannelLayoutTag_ITU_3_2_1"  # alias of MPEG_5_1_A
    WAVE_5_1_A = 7929862, "kAudioChannelLayoutTag_WAVE_5_1_A"  # alias of MPEG_5_1_A
    LOGIC_5_1_A = 7929862, "kAudioChannelLayoutTag_Logic_5_1_A"  # alias of MPEG_5_1_A
    AUDIO_UNIT_5_1 = 7929862, "kAudioChannelLayoutTag_AudioUnit_5_1"  # alias of MPEG_5_1_A
    MPEG_5_1_B = 7995398, "kAudioChannelLayoutTag_MPEG_5_1_B"
    DVD_20 = 7995398, "kAudioChannelLayoutTag_DVD_20"  # alias of MPEG_5_1_B
    LOGIC_5_1_B = 7995398, "kAudioChannelLayoutTag_Logic_5_1_B"  # alias of MPEG_5_1_B
    MPEG_5_1_C = 8060934, "kAudioChannelLayoutTag_MPEG_5_1_C"
    LOGIC_5_1_C = 8060934, "kAudioChannelLayoutTag_Logic_5_1_C"  # alias of MPEG_5_1_C
    MPEG_5_1_D = 8126470, "kAudioChannelLayoutTag_MPEG_5_1_D"
    AAC_5_1 = 8126470, "kAudioChannelLayoutTag_AAC_5_1"  # alias of MPEG_5_1_D
    LOGIC_5_1_D = 8126470, "kAudioChannelLayoutTag_Logic_5_1_D"  # alias of MPEG_5_1_D
    MPEG_6_1_A = 8192007, "kAudioChannelLayoutTag_MPEG_6_1_A"
    CICP_11 = 8192007, "kAudioChannelLayoutTag_CICP_11"  # alias of MPEG_6_1_A
    LOGIC_6_1_C = 8192007, "kAudioChannelLayoutTag_Logic_6_1_C"  # alias of MPEG_6_1_A
    AUDIO_UNIT_6_1 = 8192007, "kAudioChannelLayoutTag_AudioUnit_6_1"  # alias of MPEG_6_1_A
    MPEG_7_1_A = 8257544, "kAudioChannelLayoutTag_MPEG_7_1_A"
    LOGIC_7_1_SDDS_A = 8257544, "kAudioChannelLayoutTag_Logic_7_1_SDDS_A"  # alias of MPEG_7_1_A
    AUDIO_UNIT_7_1_FRONT = (
        8257544,
        "kAudioChannelLayoutTag_AudioUnit_7_1_Front",
    )  # alias of MPEG_7_1_A
    MPEG_7_1_B = 8323080, "kAudioChannelLayoutTag_MPEG_7_1_B"
    CICP_7 = 8323080, "kAudioChannelLayoutTag_CICP_7"  # alias of MPEG_7_1_B
    AAC_7_1 = 8323080, "kAudioChannelLayoutTag_AAC_7_1"  # alias of MPEG_7_1_B
    LOGIC_7_1_SDDS_B = 8323080, "kAudioChannelLayoutTag_Logic_7_1_SDDS_B"  # alias of MPEG_7_1_B
    MPEG_7_1_C = 8388616, "kAudioChannelLayoutTag_MPEG_7_1_C"
    CICP_12 = 8388616, "kAudioChannelLayoutTag_CICP_12"  # alias of MPEG_7_1_C
    ITU_3_4_1 = 8388616, "kAudioChannelLayoutTag_ITU_3_4_1"  # alias of MPEG_7_1_C
    LOGIC_7_1_A = 8388616, "kAudioChannelLayoutTag_Logic_7_1_A"  # alias of MPEG_7_1_C
    LOGIC_7_1_C = 8388616, "kAudioChannelLayoutTag_Logic_7_1_C"  # alias of MPEG_7_1_C
    AUDIO_UNIT_7_1 = 8388616, "kAudioChannelLayoutTag_AudioUnit_7_1"  # alias of MPEG_7_1_C
    EMAGIC_DEFAULT_7_1 = 8454152, "kAudioChannelLayoutTag_Emagic_Default_7_1"
    LOGIC_7_1_SDDS_C = (
        8454152,
        "kAudioChannelLayoutTag_Logic_7_1_SDDS_C",
    )  # alias of EMAGIC_DEFAULT_7_1
    SMPTE_DTV = 8519688, "kAudioChannelLayoutTag_SMPTE_DTV"
    ITU_2_1 = 8585219, "kAudioChannelLayoutTag_ITU_2_1"
    DVD_2 = 8585219, "kAudioChannelLayoutTag_DVD_2"  # alias of ITU_2_1
    CICP_9 = 8585219, "kAudioChannelLayoutTag_CICP_9"  # alias of ITU_2_1
    ITU_2_2 = 8650756, "kAudioChannelLayoutTag_ITU_2_2"
    DVD_3 = 8650756, "kAudioChannelLayoutTag_DVD_3"  # alias of ITU_2_2
    CICP_10 = 8650756, "kAudioChannelLayoutTag_CICP_10"  # alias of ITU_2_2
    WAVE_4_0_A = 8650756, "kAudioChannelLayoutTag_WAVE_4_0_A"  # alias of ITU_2_2
    DVD_4 = 8716291, "kAudioChannelLayoutTag_DVD_4"
    WAVE_2_1 = 8716291, "kAudioChannelLayoutTag_WAVE_2_1"  # alias of DVD_4
    DVD_5 = 8781828, "kAudioChannelLayoutTag_DVD_5"
    DVD_6 = 8847365, "kAudioChannelLayoutTag_DVD_6"
    DVD_10 = 8912900, "kAudioChannelLayoutTag_DVD_10"
    DVD_15 = 8912900, "kAudioChannelLayoutTag_DVD_15"  # alias of DVD_10
    DVD_11 = 8978437, "kAudioChannelLayoutTag_DVD_11"
    DVD_16 = 8978437, "kAudioChannelLayoutTag_DVD_16"  # alias of DVD_11
    DVD_18 = 9043973, "kAudioChannelLayoutTag_DVD_18"
    AUDIO_UNIT_6_0 = 9109510, "kAudioChannelLayoutTag_AudioUnit_6_0"
    LOGIC_6_0_C = 9109510, "kAudioChannelLayoutTag_Logic_6_0_C"  # alias of AUDIO_UNIT_6_0
    AUDIO_UNIT_7_0 = 9175047, "kAudioChannelLayoutTag_AudioUnit_7_0"
    AAC_6_0 = 9240582, "kAudioChannelLayoutTag_AAC_6_0"
    LOGIC_6_0_A = 9240582, "kAudioChannelLayoutTag_Logic_6_0_A"  # alias of AAC_6_0
    AAC_6_1 = 9306119, "kAudioChannelLayoutTag_AAC_6_1"
    LOGIC_6_1_A = 9306119, "kAudioChannelLayoutTag_Logic_6_1_A"  # alias of AAC_6_1
    AAC_7_0 = 9371655, "kAudioChannelLayoutTag_AAC_7_0"
    AAC_OCTAGONAL = 9437192, "kAudioChannelLayoutTag_AAC_Octagonal"
    TMH_10_2_STD = 9502736, "kAudioChannelLayoutTag_TMH_10_2_std"
    TMH_10_2_FULL = 9568277, "kAudioChannelLayoutTag_TMH_10_2_full"
    DISCRETE_IN_ORDER = 9633792, "kAudioChannelLayoutTag_DiscreteInOrder"
    AUDIO_UNIT_7_0_FRONT = 9699335, "kAudioChannelLayoutTag_AudioUnit_7_0_Front"
    AC3_1_0_1 = 9764866, "kAudioChannelLayoutTag_AC3_1_0_1"
    AC3_3_0 = 9830403, "kAudioChannelLayoutTag_AC3_3_0"
    OGG_3_0 = 9830403, "kAudioChannelLayoutTag_Ogg_3_0"  # alias of AC3_3_0
    AC3_3_1 = 9895940, "kAudioChannelLayoutTag_AC3_3_1"
    AC3_3_0_1 = 9961476, "kAudioChannelLayoutTag_AC3_3_0_1"
    AC3_2_1_1 = 10027012, "kAudioChannelLayoutTag_AC3_2_1_1"
    AC3_3_1_1 = 10092549, "kAudioChannelLayoutTag_AC3_3_1_1"
    EAC_6_0_A = 10158086, "kAudioChannelLayoutTag_EAC_6_0_A"
    EAC_7_0_A = 10223623, "kAudioChannelLayoutTag_EAC_7_0_A"
    EAC3_6_1_A = 10289159, "kAudioChannelLayoutTag_EAC3_6_1_A"
    EAC3_6_1_B = 10354695, "kAudioChannelLayoutTag_EAC3_6_1_B"
    EAC3_6_1_C = 10420231, "kAudioChannelLayoutTag_EAC3_6_1_C"
    EAC3_7_1_A = 10485768, "kAudioChannelLayoutTag_EAC3_7_1_A"
    EAC3_7_1_B = 10551304, "kAudioChannelLayoutTag_EAC3_7_1_B"
    EAC3_7_1_C = 10616840, "kAudioChannelLayoutTag_EAC3_7_1_C"
    EAC3_7_1_D = 10682376, "kAudioChannelLayoutTag_EAC3_7_1_D"
    EAC3_7_1_E = 10747912, "kAudioChannelLayoutTag_EAC3_7_1_E"
    EAC3_7_1_F = 10813448, "kAudioChannelLayoutTag_EAC3_7_1_F"
    EAC3_7_1_G = 10878984, "kAudioChannelLayoutTag_EAC3_7_1_G"
    EAC3_7_1_H = 10944520, "kAudioChannelLayoutTag_EAC3_7_1_H"
    DTS_3_1 = 11010052, "kAudioChannelLayoutTag_DTS_3_1"
    DTS_4_1 = 11075589, "kAudioChannelLayoutTag_DTS_4_1"
    DTS_6_0_A = 11141126, "kAudioChannelLayoutTag_DTS_6_0_A"
    DTS_6_0_B = 11206662, "kAudioChannelLayoutTag_DTS_6_0_B"
    DTS_6_0_C = 11272198, "kAudioChannelLayoutTag_DTS_6_0_C"
    DTS_6_1_A = 11337735, "kAudioChannelLayoutTag_DTS_6_1_A"
    DTS_6_1_B = 11403271, "kAudioChannelLayoutTag_DTS_6_1_B"
    DTS_6_1_C = 11468807, "kAudioChannelLayoutTag_DTS_6_1_C"
    DTS_7_0 = 11534343, "kAudioChannelLayoutTag_DTS_7_0"
    DTS_7_1 = 11599880, "kAudioChannelLayoutTag_DTS_7_1"
    DTS_8_0_A = 11665416, "kAudioChannelLayoutTag_DTS_8_0_A"
    DTS_8_0_B = 11730952, "kAudioChannelLayoutTag_DTS_8_0_B"
    DTS_8_1_A = 11796489, "kAudioChannelLayoutTag_DTS_8_1_A"
    DTS_8_1_B = 11862025, "kAudioChannelLayoutTag_DTS_8_1_B"
    DTS_6_1_D = 11927559, "kAudioChannelLayoutTag_DTS_6_1_D"
    AAC_7_1_B = 11993096, "kAudioChannelLayoutTag_AAC_7_1_B"
    AAC_7_1_C = 12058632, "kAudioChannelLayoutTag_AAC_7_1_C"
    WAVE_4_0_B = 12124164, "kAudioChannelLayoutTag_WAVE_4_0_B"
    OGG_4_0 = 12124164, "kAudioChannelLayoutTag_Ogg_4_0"  # alias of WAVE_4_0_B
    WAVE_5_0_B = 12189701, "kAudioChannelLayoutTag_WAVE_5_0_B"
    WAVE_5_1_B = 12255238, "kAudioChannelLayoutTag_WAVE_5_1_B"
    WAVE_6_1 = 12320775, "kAudioChannelLayoutTag_WAVE_6_1"
    WAVE_7_1 = 12386312, "kAudioChannelLayoutTag_WAVE_7_1"
    HOA_ACN_SN3D = 12451840, "kAudioChannelLayoutTag_HOA_ACN_SN3D"
    HOA_ACN_N3D = 12517376, "kAudioChannelLayoutTag_HOA_ACN_N3D"
    ATMOS_7_1_4 = 12582924, "kAudioChannelLayoutTag_Atmos_7_1_4"
    LOGIC_ATMOS_7_1_4_A = (
        12582924,
        "kAudioChannelLayoutTag_Logic_Atmos_7_1_4_A",
    )  # alias of ATMOS_7_1_4
    ATMOS_9_1_6 = 12648464, "kAudioChannelLayoutTag_Atmos_9_1_6"
    ATMOS_5_1_2 = 12713992, "kAudioChannelLayoutTag_Atmos_5_1_2"
    LOGIC_ATMOS_5_1_2 = 12713992, "kAudioChannelLayoutTag_Logic_Atmos_5_1_2"  # alias of ATMOS_5_1_2
    ATMOS_5_1_4 = 12779530, "kAudioChannelLayoutTag_Atmos_5_1_4"
    LOGIC_ATMOS_5_1_4 = 12779530, "kAudioChannelLayoutTag_Logic_Atmos_5_1_4"  # alias of ATMOS_5_1_4
    ATMOS_7_1_2 = 12845066, "kAudioChannelLayoutTag_Atmos_7_1_2"
    LOGIC_ATMOS_7_1_2 = 12845066, "kAudioChannelLayoutTag_Logic_Atmos_7_1_2"  # alias of ATMOS_7_1_2
    LOGIC_4_0_C = 12910596, "kAudioChannelLayoutTag_Logic_4_0_C"
    LOGIC_6_0_B = 12976134, "kAudioChannelLayoutTag_Logic_6_0_B"
    LOGIC_6_1_B = 13041671, "kAudioChannelLayoutTag_Logic_6_1_B"
    LOGIC_6_1_D = 13107207, "kAudioChannelLayoutTag_Logic_6_1_D"
    LOGIC_7_1_B = 13172744, "kAudioChannelLayoutTag_Logic_7_1_B"
    LOGIC_ATMOS_7_1_4_B = 13238284, "kAudioChannelLayoutTag_Logic_Atmos_7_1_4_B"
    LOGIC_ATMOS_7_1_6 = 13303822, "kAudioChannelLayoutTag_Logic_Atmos_7_1_6"
    CICP_13 = 13369368, "kAudioChannelLayoutTag_CICP_13"
    CICP_14 = 13434888, "kAudioChannelLayoutTag_CICP_14"
    CICP_15 = 13500428, "kAudioChannelLayoutTag_CICP_15"
    CICP_16 = 13565962, "kAudioChannelLayoutTag_CICP_16"
    CICP_17 = 13631500, "kAudioChannelLayoutTag_CICP_17"
    CICP_18 = 13697038, "kAudioChannelLayoutTag_CICP_18"
    CICP_19 = 13762572, "kAudioChannelLayoutTag_CICP_19"
    CICP_20 = 13828110, "kAudioChannelLayoutTag_CICP_20"
    OGG_5_0 = 13893637, "kAudioChannelLayoutTag_Ogg_5_0"
    OGG_5_1 = 13959174, "kAudioChannelLayoutTag_Ogg_5_1"
    OGG_6_1 = 14024711, "kAudioChannelLayoutTag_Ogg_6_1"
    OGG_7_1 = 14090248, "kAudioChannelLayoutTag_Ogg_7_1"
    BEGIN_RESERVED = 4026531840, "kAudioChannelLayoutTag_BeginReserved"
    END_RESERVED = 4294901759, "kAudioChannelLayoutTag_EndReserved"
    UNKNOWN = 4294901760, "kAudioChannelLayoutTag_Unknown"

    @property
    def number_of_channels(self) -> int:
        """Number of channels of the layout: the tag's low 16 bits.

        Zero for ``USE_CHANNEL_DESCRIPTIONS`` and ``USE_CHANNEL_BITMAP``, whose
        channel count lives in the ``AudioChannelLayout`` itself.

        Example
        -------
        >>> from coremusic.constants import AudioChannelLayoutTag
        >>> AudioChannelLayoutTag.MPEG_5_1_A.number_of_channels
        6
        """
        return int(self) & 0xFFFF


class AudioChannelBitmap(AppleIntFlag):
    """Channel bits of ``kAudioChannelLayoutTag_UseChannelBitmap`` layouts
    (``AudioChannelBitmap``).

    Apple's ``kAudioChannelBit_*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    Aliases (one member, several names): ``TOP_CENTER_SURROUND`` = ``CENTER_TOP_MIDDLE``,
    ``VERTICAL_HEIGHT_LEFT`` = ``LEFT_TOP_FRONT``, ``VERTICAL_HEIGHT_CENTER`` =
    ``CENTER_TOP_FRONT``, ``VERTICAL_HEIGHT_RIGHT`` = ``RIGHT_TOP_FRONT``.

    Example
    -------
    >>> from coremusic.constants import AudioChannelBitmap, apple_name
    >>> AudioChannelBitmap.LEFT
    <AudioChannelBitmap.LEFT: 1>
    >>> apple_name(AudioChannelBitmap.LEFT)
    'kAudioChannelBit_Left'
    """

    LEFT = 1, "kAudioChannelBit_Left"
    RIGHT = 2, "kAudioChannelBit_Right"
    CENTER = 4, "kAudioChannelBit_Center"
    LFE_SCREEN = 8, "kAudioChannelBit_LFEScreen"
    LEFT_SURROUND = 0x10, "kAudioChannelBit_LeftSurround"
    RIGHT_SURROUND = 0x20, "kAudioChannelBit_RightSurround"
    LEFT_CENTER = 0x40, "kAudioChannelBit_LeftCenter"
    RIGHT_CENTER = 0x80, "kAudioChannelBit_RightCenter"
    CENTER_SURROUND = 0x100, "kAudioChannelBit_CenterSurround"
    LEFT_SURROUND_DIRECT = 0x200, "kAudioChannelBit_LeftSurroundDirect"
    RIGHT_SURROUND_DIRECT = 0x400, "kAudioChannelBit_RightSurroundDirect"
    CENTER_TOP_MIDDLE = 0x800, "kAudioChannelBit_CenterTopMiddle"
    TOP_CENTER_SURROUND = 0x800, "kAudioChannelBit_TopCenterSurround"  # alias of CENTER_TOP_MIDDLE
    LEFT_TOP_FRONT = 0x1000, "kAudioChannelBit_LeftTopFront"
    VERTICAL_HEIGHT_LEFT = 0x1000, "kAudioChannelBit_VerticalHeightLeft"  # alias of LEFT_TOP_FRONT
    CENTER_TOP_FRONT = 0x2000, "kAudioChannelBit_CenterTopFront"
    VERTICAL_HEIGHT_CENTER = (
        0x2000,
        "kAudioChannelBit_VerticalHeightCenter",
    )  # alias of CENTER_TOP_FRONT
    RIGHT_TOP_FRONT = 0x4000, "kAudioChannelBit_RightTopFront"
    VERTICAL_HEIGHT_RIGHT = (
        0x4000,
        "kAudioChannelBit_VerticalHeightRight",
    )  # alias of RIGHT_TOP_FRONT
    TOP_BACK_LEFT = 0x8000, "kAudioChannelBit_TopBackLeft"
    TOP_BACK_CENTER = 0x10000, "kAudioChannelBit_TopBackCenter"
    TOP_BACK_RIGHT = 0x20000, "kAudioChannelBit_TopBackRight"
    LEFT_TOP_MIDDLE = 0x200000, "kAudioChannelBit_LeftTopMiddle"
    RIGHT_TOP_MIDDLE = 0x800000, "kAudioChannelBit_RightTopMiddle"
    LEFT_TOP_REAR = 0x1000000, "kAudioChannelBit_LeftTopRear"
    CENTER_TOP_REAR = 0x2000000, "kAudioChannelBit_CenterTopRear"
    RIGHT_TOP_REAR = 0x4000000, "kAudioChannelBit_RightTopRear"


class AudioChannelFlag(AppleIntFlag):
    """How an ``AudioChannelDescription``'s coordinates are given (``AudioChannelFlags``).

    Apple's ``kAudioChannelFlags_*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    Example
    -------
    >>> from coremusic.constants import AudioChannelFlag, apple_name
    >>> AudioChannelFlag.ALL_OFF
    <AudioChannelFlag.ALL_OFF: 0>
    >>> apple_name(AudioChannelFlag.ALL_OFF)
    'kAudioChannelFlags_AllOff'
    """

    ALL_OFF = 0, "kAudioChannelFlags_AllOff"
    RECTANGULAR_COORDINATES = 1, "kAudioChannelFlags_RectangularCoordinates"
    SPHERICAL_COORDINATES = 2, "kAudioChannelFlags_SphericalCoordinates"
    METERS = 4, "kAudioChannelFlags_Meters"


class AudioChannelCoordinateIndex(AppleIntEnum):
    """Index into ``AudioChannelDescription.mCoordinates`` (``AudioChannelCoordinateIndex``).

    Apple's ``kAudioChannelCoordinates_*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    Rectangular (LEFT_RIGHT, BACK_FRONT, DOWN_UP) and spherical (AZIMUTH,
    ELEVATION, DISTANCE) indices share the values 0, 1, 2.

    Aliases (one member, several names): ``AZIMUTH`` = ``LEFT_RIGHT``, ``ELEVATION`` =
    ``BACK_FRONT``, ``DISTANCE`` = ``DOWN_UP``.

    Example
    -------
    >>> from coremusic.constants import AudioChannelCoordinateIndex, apple_name
    >>> AudioChannelCoordinateIndex.LEFT_RIGHT
    <AudioChannelCoordinateIndex.LEFT_RIGHT: 0>
    >>> apple_name(AudioChannelCoordinateIndex.LEFT_RIGHT)
    'kAudioChannelCoordinates_LeftRight'
    """

    LEFT_RIGHT = 0, "kAudioChannelCoordinates_LeftRight"
    AZIMUTH = 0, "kAudioChannelCoordinates_Azimuth"  # alias of LEFT_RIGHT
    BACK_FRONT = 1, "kAudioChannelCoordinates_BackFront"
    ELEVATION = 1, "kAudioChannelCoordinates_Elevation"  # alias of BACK_FRONT
    DOWN_UP = 2, "kAudioChannelCoordinates_DownUp"
    DISTANCE = 2, "kAudioChannelCoordinates_Distance"  # alias of DOWN_UP
