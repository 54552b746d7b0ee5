#include "ui/ImGuiSfml.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <SFML/Window/Clipboard.hpp>
#include <SFML/Window/VideoMode.hpp>

#include <algorithm>
#include <cfloat>
#include <cstdlib>
#include <cstring>
#include <system_error>

namespace salvo::ui {

namespace {

const char* getClipboard(void* user) {
    auto* s = static_cast<std::string*>(user);
    const sf::String text = sf::Clipboard::getString();
    const auto utf8 = text.toUtf8();
    s->assign(utf8.begin(), utf8.end());
    return s->c_str();
}

void setClipboard(void*, const char* text) { sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::strlen(text))); }

int mouseIndex(sf::Mouse::Button b) {
    switch (b) {
    case sf::Mouse::Left: return 0;
    case sf::Mouse::Right: return 1;
    case sf::Mouse::Middle: return 2;
    case sf::Mouse::XButton1: return 3;
    case sf::Mouse::XButton2: return 4;
    default: return -1;
    }
}

} // namespace

std::string defaultIniPath() {
    std::filesystem::path dir;
    if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x) dir = std::filesystem::path(x) / "salvo";
    else if (const char* h = std::getenv("HOME"); h && *h) dir = std::filesystem::path(h) / ".config" / "salvo";
    else return {};
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return {};
    return (dir / "imgui.ini").string();
}

float detectUiScale() {
    if (const char* s = std::getenv("SALVO_UI_SCALE"); s && *s) {
        const float v = std::strtof(s, nullptr);
        if (v >= 0.5f && v <= 4.f) return v;
    }
    const auto mode = sf::VideoMode::getDesktopMode();
    return std::clamp(static_cast<float>(mode.height) / 1440.f, 1.f, 3.f);
}

ImGuiSfml::~ImGuiSfml() { shutdown(); }

bool ImGuiSfml::init(sf::RenderWindow& window, const std::filesystem::path& fontPath, float scale, std::string iniPath) {
    IMGUI_CHECKVERSION();
    m_ctx = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_ctx);
    ImGuiIO& io = ImGui::GetIO();
    m_iniPath = std::move(iniPath);
    io.IniFilename = m_iniPath.empty() ? nullptr : m_iniPath.c_str();
    io.BackendPlatformName = "salvo_imgui_sfml";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    // No keyboard navigation: the arrows, Space, Home and End drive the timeline unless a text field has focus.
    io.ConfigWindowsMoveFromTitleBarOnly = true;

    io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
    io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
    io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
    io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
    io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
    io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
    io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
    io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
    io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
    io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
    io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
    io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Enter;
    io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Enter;
    io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
    io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
    io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
    io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
    io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
    io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;

    io.SetClipboardTextFn = setClipboard;
    io.GetClipboardTextFn = getClipboard;
    io.ClipboardUserData = &m_clipboard;

    const std::pair<ImGuiMouseCursor, sf::Cursor::Type> cursors[] = {
        {ImGuiMouseCursor_Arrow, sf::Cursor::Arrow},       {ImGuiMouseCursor_TextInput, sf::Cursor::Text},
        {ImGuiMouseCursor_ResizeAll, sf::Cursor::SizeAll}, {ImGuiMouseCursor_ResizeNS, sf::Cursor::SizeVertical},
        {ImGuiMouseCursor_ResizeEW, sf::Cursor::SizeHorizontal},
        {ImGuiMouseCursor_ResizeNESW, sf::Cursor::SizeBottomLeftTopRight},
        {ImGuiMouseCursor_ResizeNWSE, sf::Cursor::SizeTopLeftBottomRight}, {ImGuiMouseCursor_Hand, sf::Cursor::Hand},
        {ImGuiMouseCursor_NotAllowed, sf::Cursor::NotAllowed}};
    for (auto [imCursor, type] : cursors) {
        auto c = std::make_unique<sf::Cursor>();
        if (c->loadFromSystem(type)) m_cursors[static_cast<size_t>(imCursor)] = std::move(c);
    }

    ImGui::StyleColorsDark();
    ImGuiStyle& st = ImGui::GetStyle();
    st.WindowRounding = 3;
    st.FrameRounding = 2;
    st.WindowBorderSize = 1;
    st.Colors[ImGuiCol_WindowBg] = ImVec4(0.07f, 0.08f, 0.10f, 0.94f);
    st.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.12f, 0.20f, 0.30f, 1.f);
    st.ScaleAllSizes(scale);
    if (!fontPath.empty() && std::filesystem::exists(fontPath)) {
        ImFontConfig cfg;
        cfg.OversampleH = 2;
        static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x024F, 0x0370, 0x03FF, 0x1E00, 0x1EFF,
                                         0x2000, 0x206F, 0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0};
        io.Fonts->AddFontFromFileTTF(fontPath.string().c_str(), 15.f * scale, &cfg, ranges);
    } else {
        io.Fonts->AddFontDefault();
    }
    window.setActive(true);
    m_gl = ImGui_ImplOpenGL3_Init("#version 130");
    window.resetGLStates();
    return m_gl;
}

void ImGuiSfml::processEvent(const sf::Event& e) {
    if (!m_ctx) return;
    ImGui::SetCurrentContext(m_ctx);
    ImGuiIO& io = ImGui::GetIO();
    switch (e.type) {
    case sf::Event::MouseMoved:
        m_mouse = {e.mouseMove.x, e.mouseMove.y};
        m_mouseInside = true;
        break;
    case sf::Event::MouseLeft: m_mouseInside = false; break;
    case sf::Event::MouseEntered: m_mouseInside = true; break;
    case sf::Event::MouseButtonPressed:
        if (int i = mouseIndex(e.mouseButton.button); i >= 0) { m_held[i] = true; m_pressed[i] = true; }
        m_mouse = {e.mouseButton.x, e.mouseButton.y};
        m_mouseInside = true;
        break;
    case sf::Event::MouseButtonReleased:
        if (int i = mouseIndex(e.mouseButton.button); i >= 0) m_held[i] = false;
        m_mouse = {e.mouseButton.x, e.mouseButton.y};
        break;
    case sf::Event::MouseWheelScrolled:
        if (e.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel) m_wheel += e.mouseWheelScroll.delta;
        else m_wheelH += e.mouseWheelScroll.delta;
        break;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased:
    {
        const int code = static_cast<int>(e.key.code); // sf::Keyboard::Unknown is -1
        if (code >= 0 && code < static_cast<int>(IM_ARRAYSIZE(io.KeysDown)))
            io.KeysDown[code] = e.type == sf::Event::KeyPressed;
        break;
    }
    case sf::Event::TextEntered:
        // Control characters (backspace, enter, tab) arrive as keys; only printable text is inserted.
        if (e.text.unicode >= 32 && e.text.unicode != 127) io.AddInputCharacter(e.text.unicode);
        break;
    case sf::Event::LostFocus:
        std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
        break;
    default: break;
    }
}

void ImGuiSfml::newFrame(sf::RenderWindow& window, float dt) {
    ImGui::SetCurrentContext(m_ctx);
    ImGuiIO& io = ImGui::GetIO();
    const auto size = window.getSize();
    io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = dt > 0 ? dt : 1.f / 60.f;
    io.MousePos = m_mouseInside ? ImVec2(static_cast<float>(m_mouse.x), static_cast<float>(m_mouse.y))
                                : ImVec2(-FLT_MAX, -FLT_MAX);
    for (size_t i = 0; i < m_held.size(); ++i) {
        io.MouseDown[i] = m_held[i] || m_pressed[i]; // the latch: a press seen this frame counts as down once
        m_pressed[i] = false;
    }
    io.MouseWheel = m_wheel;
    io.MouseWheelH = m_wheelH;
    m_wheel = m_wheelH = 0;
    io.KeyCtrl = io.KeysDown[sf::Keyboard::LControl] || io.KeysDown[sf::Keyboard::RControl];
    io.KeyShift = io.KeysDown[sf::Keyboard::LShift] || io.KeysDown[sf::Keyboard::RShift];
    io.KeyAlt = io.KeysDown[sf::Keyboard::LAlt] || io.KeysDown[sf::Keyboard::RAlt];
    io.KeySuper = io.KeysDown[sf::Keyboard::LSystem] || io.KeysDown[sf::Keyboard::RSystem];

    if (m_gl) ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();

    const int cursor = (io.ConfigFlags & ImGuiConfigFlags_NoMouseCursorChange) ? m_lastCursor : ImGui::GetMouseCursor();
    if (cursor != m_lastCursor) {
        m_lastCursor = cursor;
        if (cursor == ImGuiMouseCursor_None) {
            window.setMouseCursorVisible(false);
        } else {
            window.setMouseCursorVisible(true);
            const auto& c = m_cursors[static_cast<size_t>(std::clamp(cursor, 0, 8))];
            const auto& fallback = m_cursors[ImGuiMouseCursor_Arrow];
            if (c) window.setMouseCursor(*c);
            else if (fallback) window.setMouseCursor(*fallback);
        }
    }
}

void ImGuiSfml::render(sf::RenderWindow& window) {
    ImGui::SetCurrentContext(m_ctx);
    ImGui::Render();
    window.setActive(true);
    if (m_gl) ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    window.resetGLStates();
}

void ImGuiSfml::shutdown() {
    if (!m_ctx) return;
    ImGui::SetCurrentContext(m_ctx);
    if (m_gl) ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(m_ctx);
    m_ctx = nullptr;
    m_gl = false;
}

bool ImGuiSfml::wantsMouse() const { return m_ctx && ImGui::GetIO().WantCaptureMouse; }
bool ImGuiSfml::wantsKeyboard() const { return m_ctx && ImGui::GetIO().WantTextInput; }

} // namespace salvo::ui
