#include "render/VideoWriter.hpp"

#include "ScratchDir.hpp"
#include "ViewFixture.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <random>

using namespace salvo;
namespace fs = std::filesystem;

namespace {

using Scene = testing::SimulatedScene;
using testsupport::ScratchDir;

Scene caspian() { return testing::simulatedScene("caspian-2015.json"); }

// What a player sees: every frame decoded through libavformat/libavcodec, and one of them converted to RGBA.
struct Decoded {
    std::string codec;
    int frames = 0;
    int width = 0, height = 0;
    std::vector<uint8_t> rgba; // the frame numbered `keep`, as RGBA
};

Decoded decodeVideo(const fs::path& file, int keep) {
    Decoded out;
    AVFormatContext* fmt = nullptr;
    REQUIRE(avformat_open_input(&fmt, file.c_str(), nullptr, nullptr) == 0);
    REQUIRE(avformat_find_stream_info(fmt, nullptr) >= 0);
    const AVCodec* codec = nullptr;
    const int si = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    REQUIRE(si >= 0);
    REQUIRE(codec);
    out.codec = codec->name;
    AVCodecContext* cc = avcodec_alloc_context3(codec);
    REQUIRE(avcodec_parameters_to_context(cc, fmt->streams[si]->codecpar) >= 0);
    REQUIRE(avcodec_open2(cc, codec, nullptr) == 0);
    AVPacket* pkt = av_packet_alloc();
    AVFrame* frame = av_frame_alloc();
    const auto drain = [&] {
        while (avcodec_receive_frame(cc, frame) == 0) {
            out.width = frame->width;
            out.height = frame->height;
            if (out.frames == keep) {
                out.rgba.resize(static_cast<size_t>(4 * frame->width * frame->height));
                SwsContext* sws = sws_getContext(frame->width, frame->height, static_cast<AVPixelFormat>(frame->format),
                                                 frame->width, frame->height, AV_PIX_FMT_RGBA, SWS_POINT, nullptr,
                                                 nullptr, nullptr);
                REQUIRE(sws);
                uint8_t* dst[1] = {out.rgba.data()};
                const int dstStride[1] = {4 * frame->width};
                sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, dstStride);
                sws_freeContext(sws);
            }
            ++out.frames;
        }
    };
    while (av_read_frame(fmt, pkt) >= 0) {
        if (pkt->stream_index == si) {
            REQUIRE(avcodec_send_packet(cc, pkt) == 0);
            drain();
        }
        av_packet_unref(pkt);
    }
    avcodec_send_packet(cc, nullptr);
    drain();
    av_frame_free(&frame);
    av_packet_free(&pkt);
    avcodec_free_context(&cc);
    avformat_close_input(&fmt);
    return out;
}

// Mean absolute difference per channel (0..255) between a decoded frame and the image the renderer drew.
double meanDifference(const std::vector<uint8_t>& rgba, const sf::Image& img) {
    const uint8_t* p = img.getPixelsPtr();
    double sum = 0;
    size_t n = 0;
    for (size_t i = 0; i + 3 < rgba.size(); i += 4)
        for (size_t c = 0; c < 3; ++c, ++n) sum += std::abs(int(rgba[i + c]) - int(p[i + c]));
    return n ? sum / static_cast<double>(n) : 255;
}

render::RenderJob sequenceJob(const Scene& s, const fs::path& out, int frames) {
    render::RenderJob job = testing::renderJob(s, {320, 200});
    const UtcTime mid = s.sim.timeSpan().mid();
    job.from = mid;
    job.to = mid + (frames - 1) * 1.0;
    job.fps = 1;
    job.out = out;
    return job;
}

} // namespace

TEST_CASE("VideoWriter: mp4, webm and gif decode to the frames, size and picture rendered", "[display][render][video]") {
    SALVO_REQUIRE_DISPLAY();
    const Scene s = caspian();
    const int frames = 12;
    for (const char* name : {"replay.mp4", "replay.webm", "replay.gif"}) {
        DYNAMIC_SECTION(name) {
            ScratchDir dir("video");
            const auto job = sequenceJob(s, dir.path / name, frames);
            auto n = render::renderVideo(job, {});
            REQUIRE(n);
            CHECK(*n == static_cast<size_t>(frames));
            CHECK(dir.names() == std::vector<std::string>{name}); // no temporary, no frame files beside it

            const Decoded d = decodeVideo(job.out, frames / 2);
            INFO("decoder " << d.codec);
            CHECK(d.frames == frames);
            CHECK(d.width == 320);
            CHECK(d.height == 200);
            const std::string expected = std::string(name).ends_with(".mp4")   ? "h264"
                                         : std::string(name).ends_with(".gif") ? "gif"
                                                                               : "vp";
            CHECK(d.codec.rfind(expected, 0) == 0);
            // The middle frame shows the map the renderer draws at that instant, not a blank or shifted picture.
            auto h = render::HeadlessRenderer::create(job);
            REQUIRE(h);
            const sf::Image want = (*h)->render(*job.from + frames / 2 * 1.0);
            REQUIRE(d.rgba.size() == 4u * 320 * 200);
            CHECK(meanDifference(d.rgba, want) < 8.0);
        }
    }
}

TEST_CASE("VideoWriter: an unknown extension or an odd size is refused and nothing is written", "[render][video]") {
    ScratchDir dir("video");
    auto avi = render::VideoWriter::open(dir.path / "replay.avi", {});
    REQUIRE_FALSE(avi);
    CHECK(avi.error().message.find("unknown video extension '.avi'") != std::string::npos);
    render::VideoSettings odd;
    odd.size = {321, 200};
    auto mp4 = render::VideoWriter::open(dir.path / "replay.mp4", odd);
    REQUIRE_FALSE(mp4);
    CHECK(mp4.error().message.find("even width and height") != std::string::npos);
    CHECK(dir.names().empty());
    CHECK(render::videoFormatForPath("A.WebM") == render::VideoFormat::WebM);
    CHECK_FALSE(render::videoFormatForPath("frames"));
}

TEST_CASE("VideoWriter: a video abandoned before finish leaves the target as it was", "[render][video]") {
    ScratchDir dir("video");
    const fs::path target = dir.path / "replay.mp4";
    std::ofstream(target) << "the previous replay";
    {
        render::VideoSettings small;
        small.size = {64, 48};
        auto w = render::VideoWriter::open(target, small);
        REQUIRE(w);
        sf::Image img;
        img.create(64, 48, sf::Color(40, 90, 160));
        for (int i = 0; i < 5; ++i) REQUIRE((*w)->addFrame(img));
        CHECK(dir.names().size() == 2); // the target and the temporary being written
    }
    CHECK(dir.names() == std::vector<std::string>{"replay.mp4"});
    std::ifstream in(target);
    std::string text;
    std::getline(in, text);
    CHECK(text == "the previous replay");
}

TEST_CASE("VideoWriter: an interrupted render writes nothing and says how far it got", "[display][render][video]") {
    SALVO_REQUIRE_DISPLAY();
    const Scene s = caspian();
    ScratchDir dir("video");
    std::atomic<bool> cancel{false};
    auto job = sequenceJob(s, dir.path / "replay.webm", 10);
    job.cancel = &cancel;
    job.progress = [&](size_t done, size_t) { if (done == 3) cancel = true; }; // as a SIGTERM after frame 3 would
    auto n = render::renderVideo(job, {});
    REQUIRE_FALSE(n);
    CHECK(n.error().message.find("interrupted after 3 of 10 frames; nothing written") != std::string::npos);
    CHECK(dir.names().empty());
}
