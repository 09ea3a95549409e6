/* jack.h: cffi declarations for coremusic's JACK backend (library: libjack).
   Written for coremusic from the JACK API documentation; the prototypes were
   checked against the JACK 1.9 (jackd2) development headers.

   Notes
   - jack_client_open is variadic: its optional extra argument is the server
     name, passed only when JackServerName is in the options.  coremusic calls
     it with no variadic argument unless a server name is given.
   - struct _jack_position is packed in the real headers; with natural
     alignment everything lines up except the double `tick_double`, which sits
     at offset 100.  It is declared here as 8 raw bytes (tick_double_bytes) so
     that the struct keeps its packed size (136 bytes) and field offsets
     without packing the whole file (jack_midi_event_t is not packed).
   - The struct coremusic_jack_ports is coremusic's own: the argument handed
     to a raw C process callback (see coremusic.backends.jack). */

/* ---- basic types ---- */
typedef uint32_t jack_nframes_t;
typedef uint64_t jack_time_t;
typedef uint64_t jack_uuid_t;
typedef uint64_t jack_unique_t;
typedef uint32_t jack_port_id_t;
typedef uint32_t jack_port_type_id_t;
typedef unsigned char jack_midi_data_t;
typedef float jack_default_audio_sample_t;
typedef struct _jack_port jack_port_t;
typedef struct _jack_client jack_client_t;

/* ---- enums ---- */
typedef enum JackOptions {
    JackNullOption = 0x00,
    JackNoStartServer = 0x01,
    JackUseExactName = 0x02,
    JackServerName = 0x04,
    JackLoadName = 0x08,
    JackLoadInit = 0x10,
    JackSessionID = 0x20
} jack_options_t;

typedef enum JackStatus {
    JackFailure = 0x01,
    JackInvalidOption = 0x02,
    JackNameNotUnique = 0x04,
    JackServerStarted = 0x08,
    JackServerFailed = 0x10,
    JackServerError = 0x20,
    JackNoSuchClient = 0x40,
    JackLoadFailure = 0x80,
    JackInitFailure = 0x100,
    JackShmFailure = 0x200,
    JackVersionError = 0x400,
    JackBackendError = 0x800,
    JackClientZombie = 0x1000
} jack_status_t;

enum JackPortFlags {
    JackPortIsInput = 0x1,
    JackPortIsOutput = 0x2,
    JackPortIsPhysical = 0x4,
    JackPortCanMonitor = 0x8,
    JackPortIsTerminal = 0x10
};

typedef enum JackLatencyCallbackMode {
    JackCaptureLatency = 0,
    JackPlaybackLatency = 1
} jack_latency_callback_mode_t;

typedef enum {
    JackTransportStopped = 0,
    JackTransportRolling = 1,
    JackTransportLooping = 2,
    JackTransportStarting = 3,
    JackTransportNetStarting = 4
} jack_transport_state_t;

typedef enum {
    JackPositionBBT = 0x10,
    JackPositionTimecode = 0x20,
    JackBBTFrameOffset = 0x40,
    JackAudioVideoRatio = 0x80,
    JackVideoFrameOffset = 0x100,
    JackTickDouble = 0x200
} jack_position_bits_t;

/* ---- structs ---- */
typedef struct _jack_latency_range {
    jack_nframes_t min;
    jack_nframes_t max;
} jack_latency_range_t;

typedef struct _jack_position {
    jack_unique_t unique_1;
    jack_time_t usecs;
    jack_nframes_t frame_rate;
    jack_nframes_t frame;
    jack_position_bits_t valid;
    int32_t bar;
    int32_t beat;
    int32_t tick;
    double bar_start_tick;
    float beats_per_bar;
    float beat_type;
    double ticks_per_beat;
    double beats_per_minute;
    double frame_time;
    double next_time;
    jack_nframes_t bbt_offset;
    float audio_frames_per_video_frame;
    jack_nframes_t video_offset;
    unsigned char tick_double_bytes[8];
    int32_t padding[5];
    jack_unique_t unique_2;
} jack_position_t;

typedef struct _jack_midi_event {
    jack_nframes_t time;
    size_t size;
    jack_midi_data_t *buffer;
} jack_midi_event_t;

typedef struct coremusic_jack_ports {
    jack_client_t *client;
    uint32_t n_inputs;
    uint32_t n_outputs;
    jack_port_t **inputs;
    jack_port_t **outputs;
    void *user_data;
} coremusic_jack_ports;

/* ---- callback types ---- */
typedef int (*JackProcessCallback)(jack_nframes_t nframes, void *arg);
typedef void (*JackThreadInitCallback)(void *arg);
typedef int (*JackGraphOrderCallback)(void *arg);
typedef int (*JackXRunCallback)(void *arg);
typedef int (*JackBufferSizeCallback)(jack_nframes_t nframes, void *arg);
typedef int (*JackSampleRateCallback)(jack_nframes_t nframes, void *arg);
typedef void (*JackPortRegistrationCallback)(jack_port_id_t port, int reg, void *arg);
typedef void (*JackClientRegistrationCallback)(const char *name, int reg, void *arg);
typedef void (*JackPortConnectCallback)(jack_port_id_t a, jack_port_id_t b, int connect, void *arg);
typedef void (*JackFreewheelCallback)(int starting, void *arg);
typedef void (*JackShutdownCallback)(void *arg);
typedef void (*JackInfoShutdownCallback)(jack_status_t code, const char *reason, void *arg);
typedef void (*JackLatencyCallback)(jack_latency_callback_mode_t mode, void *arg);
typedef void (*JackMessageFunction)(const char *msg);

/* ---- version, client lifetime ---- */
void jack_get_version(int *major_ptr, int *minor_ptr, int *micro_ptr, int *proto_ptr);
const char *jack_get_version_string(void);
jack_client_t *jack_client_open(const char *client_name, jack_options_t options,
                                jack_status_t *status, ...);
int jack_client_close(jack_client_t *client);
int jack_client_name_size(void);
char *jack_get_client_name(jack_client_t *client);
int jack_activate(jack_client_t *client);
int jack_deactivate(jack_client_t *client);
int jack_is_realtime(jack_client_t *client);
void jack_free(void *ptr);
void jack_set_error_function(JackMessageFunction func);
void jack_set_info_function(JackMessageFunction func);

/* ---- callbacks ---- */
int jack_set_process_callback(jack_client_t *client, JackProcessCallback process_callback, void *arg);
int jack_set_thread_init_callback(jack_client_t *client, JackThreadInitCallback thread_init_callback, void *arg);
void jack_on_shutdown(jack_client_t *client, JackShutdownCallback shutdown_callback, void *arg);
void jack_on_info_shutdown(jack_client_t *client, JackInfoShutdownCallback shutdown_callback, void *arg);
int jack_set_freewheel_callback(jack_client_t *client, JackFreewheelCallback freewheel_callback, void *arg);
int jack_set_buffer_size_callback(jack_client_t *client, JackBufferSizeCallback bufsize_callback, void *arg);
int jack_set_sample_rate_callback(jack_client_t *client, JackSampleRateCallback srate_callback, void *arg);
int jack_set_client_registration_callback(jack_client_t *client, JackClientRegistrationCallback registration_callback, void *arg);
int jack_set_port_registration_callback(jack_client_t *client, JackPortRegistrationCallback registration_callback, void *arg);
int jack_set_port_connect_callback(jack_client_t *client, JackPortConnectCallback connect_callback, void *arg);
int jack_set_graph_order_callback(jack_client_t *client, JackGraphOrderCallback graph_callback, void *arg);
int jack_set_xrun_callback(jack_client_t *client, JackXRunCallback xrun_callback, void *arg);
int jack_set_latency_callback(jack_client_t *client, JackLatencyCallback latency_callback, void *arg);

/* ---- server parameters ---- */
int jack_set_freewheel(jack_client_t *client, int onoff);
int jack_set_buffer_size(jack_client_t *client, jack_nframes_t nframes);
jack_nframes_t jack_get_sample_rate(jack_client_t *client);
jack_nframes_t jack_get_buffer_size(jack_client_t *client);
float jack_cpu_load(jack_client_t *client);

/* ---- ports ---- */
jack_port_t *jack_port_register(jack_client_t *client, const char *port_name, const char *port_type,
                                unsigned long flags, unsigned long buffer_size);
int jack_port_unregister(jack_client_t *client, jack_port_t *port);
void *jack_port_get_buffer(jack_port_t *port, jack_nframes_t nframes);
jack_uuid_t jack_port_uuid(const jack_port_t *port);
const char *jack_port_name(const jack_port_t *port);
const char *jack_port_short_name(const jack_port_t *port);
int jack_port_flags(const jack_port_t *port);
const char *jack_port_type(const jack_port_t *port);
int jack_port_is_mine(const jack_client_t *client, const jack_port_t *port);
int jack_port_connected(const jack_port_t *port);
int jack_port_connected_to(const jack_port_t *port, const char *port_name);
const char **jack_port_get_connections(const jack_port_t *port);
const char **jack_port_get_all_connections(const jack_client_t *client, const jack_port_t *port);
int jack_port_rename(jack_client_t *client, jack_port_t *port, const char *port_name);
int jack_port_set_alias(jack_port_t *port, const char *alias);
int jack_port_unset_alias(jack_port_t *port, const char *alias);
int jack_port_get_aliases(const jack_port_t *port, char *const aliases[2]);
int jack_connect(jack_client_t *client, const char *source_port, const char *destination_port);
int jack_disconnect(jack_client_t *client, const char *source_port, const char *destination_port);
int jack_port_disconnect(jack_client_t *client, jack_port_t *port);
int jack_port_name_size(void);
int jack_port_type_size(void);
size_t jack_port_type_get_buffer_size(jack_client_t *client, const char *port_type);
void jack_port_get_latency_range(jack_port_t *port, jack_latency_callback_mode_t mode, jack_latency_range_t *range);
void jack_port_set_latency_range(jack_port_t *port, jack_latency_callback_mode_t mode, jack_latency_range_t *range);
int jack_recompute_total_latencies(jack_client_t *client);
const char **jack_get_ports(jack_client_t *client, const char *port_name_pattern,
                            const char *type_name_pattern, unsigned long flags);
jack_port_t *jack_port_by_name(jack_client_t *client, const char *port_name);
jack_port_t *jack_port_by_id(jack_client_t *client, jack_port_id_t port_id);

/* ---- time ---- */
jack_nframes_t jack_frames_since_cycle_start(const jack_client_t *client);
jack_nframes_t jack_frame_time(const jack_client_t *client);
jack_nframes_t jack_last_frame_time(const jack_client_t *client);
int jack_get_cycle_times(const jack_client_t *client, jack_nframes_t *current_frames,
                         jack_time_t *current_usecs, jack_time_t *next_usecs, float *period_usecs);
jack_time_t jack_frames_to_time(const jack_client_t *client, jack_nframes_t frames);
jack_nframes_t jack_time_to_frames(const jack_client_t *client, jack_time_t usecs);
jack_time_t jack_get_time(void);

/* ---- transport ---- */
jack_transport_state_t jack_transport_query(const jack_client_t *client, jack_position_t *pos);
jack_nframes_t jack_get_current_transport_frame(const jack_client_t *client);
int jack_transport_locate(jack_client_t *client, jack_nframes_t frame);
void jack_transport_start(jack_client_t *client);
void jack_transport_stop(jack_client_t *client);

/* ---- MIDI ---- */
uint32_t jack_midi_get_event_count(void *port_buffer);
int jack_midi_event_get(jack_midi_event_t *event, void *port_buffer, uint32_t event_index);
void jack_midi_clear_buffer(void *port_buffer);
size_t jack_midi_max_event_size(void *port_buffer);
jack_midi_data_t *jack_midi_event_reserve(void *port_buffer, jack_nframes_t time, size_t data_size);
int jack_midi_event_write(void *port_buffer, jack_nframes_t time, const jack_midi_data_t *data, size_t data_size);
uint32_t jack_midi_get_lost_event_count(void *port_buffer);
