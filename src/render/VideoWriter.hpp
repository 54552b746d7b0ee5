#pragma once
// VideoWriter: rendered frames encoded straight into one video file through Debian's FFmpeg libraries (libavformat,
// libavcodec, libswscale) — H.264 (libx264) in MP4, VP9 (libvpx-vp9, else VP8 through libvpx) in WebM, or a GIF with
// a palette made per frame. The file is written to a temporary sibling (io::AtomicPath) and renamed into place by
// finish(); a writer destroyed before finish() (an error, an interrupt) removes the temporary, so the target is either
// the whole video or untouched. Frame k is shown at k / playbackFps seconds.
//   auto w = render::VideoWriter::open("replay.mp4", render::VideoSettings{});  // Result<std::unique_ptr<VideoWriter>>
//   (*w)->addFrame(image);  ...  auto done = (*w)->finish();                   // Result<size_t>: frames written
#include "core/Diagnostic.hpp"
#include "render/FrameRenderer.hpp"

#include <SFML/Graphics/Image.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace salvo::render {

enum class VideoFormat { Mp4, WebM, Gif };

// The format an output path names by its extension (case-insensitive: .mp4, .webm, .gif); nullopt for any other.
std::optional<VideoFormat> videoFormatForPath(const std::filesystem::path& path);
const char* videoFormatName(VideoFormat f); // "MP4 (H.264)", "WebM (VP9 or VP8)", "GIF"

// The libavcodec encoder this build of FFmpeg has for the format ("libx264", "libvpx-vp9", "libvpx", "gif"), or an
// error that names the encoders it looked for (avcodec_find_encoder_by_name found none).
Result<std::string> videoEncoderFor(VideoFormat f);

struct VideoSettings {
    sf::Vector2u size{1280, 800};           // pixels; H.264 and VP8/9 need both even (4:2:0 chroma)
    int playbackFps = 25;                   // frames shown per second of video; 1..60
    std::optional<VideoFormat> format;      // default: from the file name's extension
};

class VideoWriter {
public:
    // Opens the encoder and the temporary file. Errors: an unknown extension, a missing encoder, an odd size for a
    // 4:2:0 codec, a directory that cannot take the file (each naming the path or the option).
    static Result<std::unique_ptr<VideoWriter>> open(const std::filesystem::path& out, const VideoSettings& settings);
    ~VideoWriter();
    VideoWriter(const VideoWriter&) = delete;
    VideoWriter& operator=(const VideoWriter&) = delete;

    // Encodes one frame (size must equal settings.size; alpha is ignored). Returns the frames added so far.
    Result<size_t> addFrame(const sf::Image& image);
    // Flushes the encoder, writes the trailer, closes and renames the file into place. Returns the frame count.
    Result<size_t> finish();
    const std::string& encoderName() const;

private:
    struct Impl;
    explicit VideoWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Renders the job's sequence (job.from .. job.to at job.fps, as renderFrames) straight into the video job.out: no
// frame touches the disk. job.progress, when set, is told after each frame. Cancelled midway (job.cancel), it returns
// "interrupted after K of N frames; nothing written" and leaves no file. Returns the frames written.
Result<size_t> renderVideo(const RenderJob& job, const VideoSettings& settings);

struct VideoEncodeTiming {
    sf::Vector2u size{1280, 800};
    int frames = 0;
    double videoFps = 0;   // frames per second rendered, read back and encoded into an MP4 (H.264)
    double pngFps = 0;     // the same frames rendered, read back and written as PNG files: the baseline
    std::string encoder;   // "libx264"
};

// The throughput of `salvo render --out x.mp4` against a PNG sequence of the same frames (same renderer, same
// instants spread over the scene's span), both written under `scratchDir`, which is emptied again.
Result<VideoEncodeTiming> measureVideoEncode(const RenderJob& scene, int frames, const std::filesystem::path& scratchDir);

} // namespace salvo::render
