// Edge cases: the temporary's name ends in ".tmp.mp4" and the like, but the container is chosen by format name, never
// guessed from it; FFmpeg reports failures as negative AVERROR codes, turned into one message with av_strerror here
// (nothing from FFmpeg throws); the encoder may still hold the previous frame's buffers, so each frame is made
// writable before it is filled; H.264 and VP8/9 use 4:2:0 chroma and refuse odd sizes, which are refused here first
// with a message that names --size. GIF frames get their own 256-colour palette (the encoder writes a local colour
// table when it differs from the first frame's), so a munition that appears late keeps its colour.
#include "render/VideoWriter.hpp"

#include "io/Files.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstring>
#include <system_error>
#include <vector>

namespace salvo::render {

namespace fs = std::filesystem;

namespace {

std::string averror(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

const char* containerName(VideoFormat f) {
    switch (f) {
    case VideoFormat::Mp4: return "mp4";
    case VideoFormat::WebM: return "webm";
    case VideoFormat::Gif: return "gif";
    }
    return "mp4";
}

const char* extensionOf(VideoFormat f) {
    switch (f) {
    case VideoFormat::Mp4: return ".mp4";
    case VideoFormat::WebM: return ".webm";
    case VideoFormat::Gif: return ".gif";
    }
    return ".mp4";
}

// A palette of at most 256 colours for one RGBA frame and each pixel's index into it. Colours are counted in 5-5-5
// buckets (the map is drawn in flat fills, so a frame has a few thousand buckets at most, most of them antialiased
// edges); the 256 most frequent buckets become the palette, each entry the mean colour of its bucket, and every
// bucket maps to its nearest entry.
class PaletteQuantizer {
public:
    void quantize(const uint8_t* rgba, unsigned width, unsigned height, uint8_t* indices, int indexStride,
                  uint32_t* palette) {
        std::fill(m_count.begin(), m_count.end(), 0u);
        std::fill(m_sum.begin(), m_sum.end(), 0u);
        const size_t n = static_cast<size_t>(width) * height;
        for (size_t i = 0; i < n; ++i) {
            const uint8_t* p = rgba + 4 * i;
            const unsigned k = key(p);
            ++m_count[k];
            m_sum[3 * k] += p[0];
            m_sum[3 * k + 1] += p[1];
            m_sum[3 * k + 2] += p[2];
        }
        m_used.clear();
        for (unsigned k = 0; k < kBuckets; ++k)
            if (m_count[k]) m_used.push_back(k);
        std::vector<unsigned> order = m_used;
        const size_t entries = std::min<size_t>(order.size(), 256);
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(entries), order.end(),
                          [&](unsigned a, unsigned b) { return m_count[a] > m_count[b]; });
        std::array<std::array<int, 3>, 256> rgb{};
        for (size_t e = 0; e < 256; ++e) palette[e] = 0xFF000000u; // opaque black: no entry reads as transparent
        for (size_t e = 0; e < entries; ++e) {
            const unsigned k = order[e], c = m_count[k];
            rgb[e] = {static_cast<int>(m_sum[3 * k] / c), static_cast<int>(m_sum[3 * k + 1] / c),
                      static_cast<int>(m_sum[3 * k + 2] / c)};
            palette[e] = 0xFF000000u | static_cast<uint32_t>(rgb[e][0]) << 16 | static_cast<uint32_t>(rgb[e][1]) << 8 |
                         static_cast<uint32_t>(rgb[e][2]);
        }
        for (unsigned k : m_used) {
            const int r = static_cast<int>(m_sum[3 * k] / m_count[k]), g = static_cast<int>(m_sum[3 * k + 1] / m_count[k]),
                      b = static_cast<int>(m_sum[3 * k + 2] / m_count[k]);
            int best = 0, bestD = 1 << 30;
            for (size_t e = 0; e < entries; ++e) {
                const int dr = r - rgb[e][0], dg = g - rgb[e][1], db = b - rgb[e][2];
                const int d = 2 * dr * dr + 4 * dg * dg + 3 * db * db; // rough perceptual weights
                if (d < bestD) { bestD = d; best = static_cast<int>(e); }
            }
            m_lut[k] = static_cast<uint8_t>(best);
        }
        for (unsigned y = 0; y < height; ++y) {
            const uint8_t* row = rgba + 4 * static_cast<size_t>(y) * width;
            uint8_t* out = indices + static_cast<size_t>(y) * static_cast<size_t>(indexStride);
            for (unsigned x = 0; x < width; ++x) out[x] = m_lut[key(row + 4 * x)];
        }
    }

private:
    static constexpr unsigned kBuckets = 1u << 15;
    static unsigned key(const uint8_t* p) { return (p[0] >> 3u) << 10u | (p[1] >> 3u) << 5u | (p[2] >> 3u); }
    std::vector<uint32_t> m_count = std::vector<uint32_t>(kBuckets);
    std::vector<uint32_t> m_sum = std::vector<uint32_t>(3 * kBuckets);
    std::vector<uint8_t> m_lut = std::vector<uint8_t>(kBuckets);
    std::vector<unsigned> m_used;
};

} // namespace

std::optional<VideoFormat> videoFormatForPath(const fs::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".mp4") return VideoFormat::Mp4;
    if (ext == ".webm") return VideoFormat::WebM;
    if (ext == ".gif") return VideoFormat::Gif;
    return std::nullopt;
}

const char* videoFormatName(VideoFormat f) {
    switch (f) {
    case VideoFormat::Mp4: return "MP4 (H.264)";
    case VideoFormat::WebM: return "WebM (VP9 or VP8)";
    case VideoFormat::Gif: return "GIF";
    }
    return "video";
}

Result<std::string> videoEncoderFor(VideoFormat f) {
    std::vector<const char*> names;
    switch (f) {
    case VideoFormat::Mp4: names = {"libx264"}; break;
    case VideoFormat::WebM: names = {"libvpx-vp9", "libvpx"}; break;
    case VideoFormat::Gif: names = {"gif"}; break;
    }
    std::string tried;
    for (const char* n : names) {
        if (avcodec_find_encoder_by_name(n)) return std::string(n);
        tried += std::string(tried.empty() ? "" : " or ") + n;
    }
    return makeError("render.codec",
                     std::string("this FFmpeg build has no encoder for ") + videoFormatName(f) + " (looked for " + tried +
                         "); install Debian's libavcodec59, or write another format (.mp4, .webm, .gif)",
                     "--out");
}

struct VideoWriter::Impl {
    VideoSettings settings;
    VideoFormat format = VideoFormat::Mp4;
    std::string encoder;
    std::unique_ptr<io::AtomicPath> tmp;
    AVFormatContext* fmt = nullptr;
    AVCodecContext* codec = nullptr;
    AVStream* stream = nullptr;
    AVFrame* frame = nullptr;
    AVPacket* packet = nullptr;
    SwsContext* sws = nullptr;
    PaletteQuantizer quantizer;
    size_t frames = 0;
    bool headerWritten = false;

    ~Impl() {
        if (fmt && fmt->pb) avio_closep(&fmt->pb);
        avformat_free_context(fmt);
        avcodec_free_context(&codec);
        av_frame_free(&frame);
        av_packet_free(&packet);
        sws_freeContext(sws);
        // tmp's destructor removes the temporary unless finish() committed it.
    }

    Diagnostic fail(const std::string& what, int code) const {
        return makeError("render.video", what + ": " + averror(code), tmp ? tmp->finalPath().string() : "");
    }

    // Sends one frame (or nullptr: flush) and writes every packet the encoder has ready.
    std::optional<Diagnostic> encode(const AVFrame* f) {
        int rc = avcodec_send_frame(codec, f);
        if (rc < 0) return fail("the " + encoder + " encoder refused a frame", rc);
        for (;;) {
            rc = avcodec_receive_packet(codec, packet);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return std::nullopt;
            if (rc < 0) return fail("the " + encoder + " encoder failed", rc);
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            rc = av_interleaved_write_frame(fmt, packet); // takes the packet's data and resets it
            if (rc < 0) return fail("cannot write the video (disk full?)", rc);
        }
    }

    std::optional<Diagnostic> openCodec(const AVCodec* c) {
        codec = avcodec_alloc_context3(c);
        if (!codec) return fail("cannot allocate the encoder", AVERROR(ENOMEM));
        codec->width = static_cast<int>(settings.size.x);
        codec->height = static_cast<int>(settings.size.y);
        codec->time_base = AVRational{1, settings.playbackFps};
        codec->framerate = AVRational{settings.playbackFps, 1};
        codec->pix_fmt = format == VideoFormat::Gif ? AV_PIX_FMT_PAL8 : AV_PIX_FMT_YUV420P;
        codec->gop_size = 2 * settings.playbackFps; // a key frame every two seconds of video: seeking stays cheap
        codec->thread_count = 0;                    // the encoder's choice: one per core
        if (fmt->oformat->flags & AVFMT_GLOBALHEADER) codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        AVDictionary* opts = nullptr;
        if (encoder == "libx264") {
            // veryfast at CRF 23: flat map colours and thin lines stay sharp, and 1280x800 encodes well above 30
            // frames/s on two cores; a slower preset saves bytes, not visible quality, on this content.
            av_dict_set(&opts, "preset", "veryfast", 0);
            av_dict_set(&opts, "crf", "23", 0);
        } else if (encoder == "libvpx-vp9" || encoder == "libvpx") {
            // libvpx's default "good" deadline runs at a few frames/s; realtime with the fastest speed keeps up.
            av_dict_set(&opts, "deadline", "realtime", 0);
            av_dict_set(&opts, "cpu-used", "8", 0);
            av_dict_set(&opts, "crf", "30", 0);
            codec->bit_rate = 2'000'000; // VP8 needs a target with crf (constrained quality); VP9 takes it as a cap
            if (encoder == "libvpx-vp9") av_dict_set(&opts, "row-mt", "1", 0);
        }
        const int rc = avcodec_open2(codec, c, &opts);
        av_dict_free(&opts);
        if (rc < 0) return fail("cannot open the " + encoder + " encoder", rc);
        return std::nullopt;
    }

    std::optional<Diagnostic> openOutput() {
        const int rc0 = avformat_alloc_output_context2(&fmt, nullptr, containerName(format), tmp->path().c_str());
        if (rc0 < 0 || !fmt) return fail("this FFmpeg build cannot write " + std::string(containerName(format)), rc0);
        const AVCodec* c = avcodec_find_encoder_by_name(encoder.c_str());
        stream = avformat_new_stream(fmt, nullptr);
        if (!c || !stream) return fail("cannot set up the " + encoder + " stream", AVERROR(ENOMEM));
        if (auto e = openCodec(c)) return e;
        int rc = avcodec_parameters_from_context(stream->codecpar, codec);
        if (rc < 0) return fail("cannot configure the video stream", rc);
        stream->time_base = codec->time_base;
        stream->avg_frame_rate = codec->framerate;
        rc = avio_open(&fmt->pb, tmp->path().c_str(), AVIO_FLAG_WRITE);
        if (rc < 0) return fail("cannot create the video file", rc);
        rc = avformat_write_header(fmt, nullptr);
        if (rc < 0) return fail("cannot write the video header", rc);
        headerWritten = true;
        frame = av_frame_alloc();
        packet = av_packet_alloc();
        if (!frame || !packet) return fail("cannot allocate a frame", AVERROR(ENOMEM));
        frame->format = codec->pix_fmt;
        frame->width = codec->width;
        frame->height = codec->height;
        rc = av_frame_get_buffer(frame, 0);
        if (rc < 0) return fail("cannot allocate a frame", rc);
        if (format != VideoFormat::Gif) {
            // Same size in and out: only the colour conversion (BT.601, limited range, as players assume).
            sws = sws_getContext(codec->width, codec->height, AV_PIX_FMT_RGBA, codec->width, codec->height,
                                 AV_PIX_FMT_YUV420P, SWS_POINT, nullptr, nullptr, nullptr);
            if (!sws) return fail("cannot set up the colour conversion", AVERROR(EINVAL));
        }
        return std::nullopt;
    }
};

VideoWriter::VideoWriter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
VideoWriter::~VideoWriter() = default;

const std::string& VideoWriter::encoderName() const { return m_impl->encoder; }

Result<std::unique_ptr<VideoWriter>> VideoWriter::open(const fs::path& out, const VideoSettings& settings) {
    const auto format = settings.format ? settings.format : videoFormatForPath(out);
    if (!format)
        return makeError("render.video_format",
                         "unknown video extension '" + out.extension().string() +
                             "': write .mp4 (H.264), .webm (VP9) or .gif, or give a directory for PNG frames",
                         out.string());
    if (!(settings.playbackFps >= 1 && settings.playbackFps <= 60))
        return makeError("render.video_fps", "the playback rate must be 1..60 frames/s", "--video-fps");
    if (settings.size.x < 16 || settings.size.y < 16 || settings.size.x > 8192 || settings.size.y > 8192)
        return makeError("render.size", "frame size must be 16..8192 pixels each way", "--size");
    if (*format != VideoFormat::Gif && (settings.size.x % 2 || settings.size.y % 2))
        return makeError("render.size",
                         std::string(videoFormatName(*format)) + " needs an even width and height (4:2:0 chroma)",
                         "--size");
    auto encoder = videoEncoderFor(*format);
    if (!encoder) {
        Diagnostic d = encoder.error();
        d.where = out.string();
        return d;
    }
    // FFmpeg logs to stderr by default (libx264 prints a dozen statistics lines per file): quiet, since each failure
    // comes back as a code turned into this module's one error message.
    av_log_set_level(AV_LOG_QUIET);
    auto impl = std::make_unique<Impl>();
    impl->settings = settings;
    impl->format = *format;
    impl->encoder = *encoder;
    impl->tmp = std::make_unique<io::AtomicPath>(out, extensionOf(*format));
    if (auto e = impl->openOutput()) return *e;
    return std::unique_ptr<VideoWriter>(new VideoWriter(std::move(impl)));
}

Result<size_t> VideoWriter::addFrame(const sf::Image& image) {
    Impl& m = *m_impl;
    assert(!m.tmp->path().empty() && "addFrame after finish(): open a new writer");
    if (image.getSize() != m.settings.size)
        return makeError("render.video", "a frame's size differs from the video's", m.tmp->finalPath().string());
    int rc = av_frame_make_writable(m.frame);
    if (rc < 0) return m.fail("cannot reuse the frame buffer", rc);
    const uint8_t* rgba = image.getPixelsPtr();
    if (m.format == VideoFormat::Gif) {
        m.quantizer.quantize(rgba, m.settings.size.x, m.settings.size.y, m.frame->data[0], m.frame->linesize[0],
                             reinterpret_cast<uint32_t*>(m.frame->data[1]));
    } else {
        const uint8_t* src[1] = {rgba};
        const int srcStride[1] = {static_cast<int>(4 * m.settings.size.x)};
        sws_scale(m.sws, src, srcStride, 0, static_cast<int>(m.settings.size.y), m.frame->data, m.frame->linesize);
    }
    m.frame->pts = static_cast<int64_t>(m.frames);
    if (auto e = m.encode(m.frame)) return *e;
    return ++m.frames;
}

Result<size_t> VideoWriter::finish() {
    Impl& m = *m_impl;
    if (auto e = m.encode(nullptr)) return *e;
    int rc = av_write_trailer(m.fmt);
    if (rc < 0) return m.fail("cannot finish the video file", rc);
    rc = avio_closep(&m.fmt->pb);
    if (rc < 0) return m.fail("cannot close the video file (disk full?)", rc);
    // Renamed here rather than by AtomicPath::commit(), which throws: the viewer calls this too, and a failed rename
    // is one more Result there. The temporary is gone once renamed, so AtomicPath's clean-up then removes nothing.
    std::error_code ec;
    fs::rename(m.tmp->path(), m.tmp->finalPath(), ec);
    if (ec)
        return makeError("render.video", "cannot move the finished video into place: " + ec.message(),
                         m.tmp->finalPath().string());
    return m.frames;
}

Result<size_t> renderVideo(const RenderJob& job, const VideoSettings& settings) {
    if (!displayAvailable())
        return makeError("render.no_display",
                         "no X display (DISPLAY is unset): run under xvfb-run, e.g. xvfb-run -a salvo render ...");
    if (job.at) return makeError("render.video", "a video needs --from T0 --to T1 --fps F, not --at", "--at");
    auto times = frameTimes(job);
    if (!times) return times.error();
    VideoSettings vs = settings;
    vs.size = job.size;
    auto renderer = HeadlessRenderer::create(job);
    if (!renderer) return renderer.error();
    auto writer = VideoWriter::open(job.out, vs);
    if (!writer) return writer.error();
    const size_t n = times->size();
    for (size_t i = 0; i < n; ++i) {
        if (job.cancel && job.cancel->load())
            return makeError("render.interrupted",
                             "interrupted after " + std::to_string(i) + " of " + std::to_string(n) +
                                 " frames; nothing written",
                             job.out.string());
        auto added = (*writer)->addFrame((*renderer)->render((*times)[i]));
        if (!added) return added.error();
        if (job.progress) job.progress(i + 1, n);
    }
    return (*writer)->finish();
}

Result<VideoEncodeTiming> measureVideoEncode(const RenderJob& scene, int frames, const fs::path& scratchDir) {
    using clock = std::chrono::steady_clock;
    const auto seconds = [](clock::time_point t0) { return std::chrono::duration<double>(clock::now() - t0).count(); };
    if (!displayAvailable())
        return makeError("render.no_display", "no X display (DISPLAY is unset): run under xvfb-run");
    VideoEncodeTiming out;
    out.size = scene.size;
    out.frames = frames;
    auto encoder = videoEncoderFor(VideoFormat::Mp4);
    if (!encoder) return encoder.error();
    out.encoder = *encoder;
    auto h = HeadlessRenderer::create(scene);
    if (!h) return h.error();
    const TimeInterval span = scene.simulation ? scene.simulation->timeSpan() : TimeInterval{};
    const auto instant = [&](int i) { return span.start + (span.end - span.start) * i / std::max(1, frames - 1); };
    (*h)->drawOnly(instant(0)); // warm-up: static layers cached, glyph atlases built

    std::error_code ec;
    fs::create_directories(scratchDir, ec);
    const auto t0 = clock::now();
    for (int i = 0; i < frames; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "frame_%04d.png", i);
        auto r = savePngAtomic((*h)->render(instant(i)), scratchDir / name);
        if (!r) return r.error();
    }
    out.pngFps = frames / seconds(t0);

    const auto t1 = clock::now();
    VideoSettings vs;
    vs.size = scene.size;
    vs.format = VideoFormat::Mp4;
    auto w = VideoWriter::open(scratchDir / "bench.mp4", vs);
    if (!w) return w.error();
    for (int i = 0; i < frames; ++i)
        if (auto r = (*w)->addFrame((*h)->render(instant(i))); !r) return r.error();
    if (auto r = (*w)->finish(); !r) return r.error();
    out.videoFps = frames / seconds(t1);
    fs::remove_all(scratchDir, ec);
    return out;
}

} // namespace salvo::render
