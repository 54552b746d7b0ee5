#pragma once
// ImGuiSfml: our SFML 2.5 platform glue for Dear ImGui 1.86 (there is no official SFML backend) plus ImGui's OpenGL3
// renderer. 1.86 predates the input-event API, so input goes through io.KeysDown/KeyMap, io.MouseDown, io.MousePos,
// io.MouseWheel and io.AddInputCharacter. Traps handled here (see docs/platform-notes):
//  - a click whose press and release arrive in one frame is latched so ImGui sees the button down for one frame;
//  - Ctrl/Shift/Alt/Super are derived from the key states (X11 reports control=false on the Ctrl key's own press);
//  - mouse state comes from events, not sf::Mouse, so synthetic events (tests) drive it exactly like real ones;
//  - after ImGui_ImplOpenGL3_RenderDrawData the window's SFML GL states are reset (resetGLStates).
//   ImGuiSfml glue;  glue.init(window, fontPath, scale, iniPath);
//   while (...) { for (ev) glue.processEvent(ev);  glue.newFrame(window, dt);  ...ImGui...;  glue.render(window); }
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Cursor.hpp>
#include <SFML/Window/Event.hpp>

#include <array>
#include <filesystem>
#include <memory>
#include <string>

struct ImGuiContext;

namespace salvo::ui {

class ImGuiSfml {
public:
    ImGuiSfml() = default;
    ~ImGuiSfml();
    ImGuiSfml(const ImGuiSfml&) = delete;
    ImGuiSfml& operator=(const ImGuiSfml&) = delete;

    // fontPath: a TTF (DejaVu); scale: DPI factor (1 = 96 dpi); iniPath: layout file, empty = none kept.
    bool init(sf::RenderWindow& window, const std::filesystem::path& fontPath, float scale, std::string iniPath);
    void processEvent(const sf::Event& event);
    void newFrame(sf::RenderWindow& window, float dtSeconds);
    void render(sf::RenderWindow& window);
    void shutdown();

    bool wantsMouse() const;    // ImGui is using the mouse this frame (over a panel, dragging a widget)
    bool wantsKeyboard() const; // a text field has focus
    sf::Vector2i mousePosition() const { return m_mouse; }

private:
    ImGuiContext* m_ctx = nullptr;
    std::string m_iniPath;
    std::string m_clipboard;
    std::array<bool, 5> m_held{};    // from press/release events
    std::array<bool, 5> m_pressed{}; // pressed since the last newFrame (the latch)
    sf::Vector2i m_mouse{-1, -1};
    bool m_mouseInside = false;
    float m_wheel = 0, m_wheelH = 0;
    std::array<std::unique_ptr<sf::Cursor>, 9> m_cursors;
    int m_lastCursor = -2;
    bool m_gl = false;
};

// The per-user layout file: $XDG_CONFIG_HOME/salvo/imgui.ini, else ~/.config/salvo/imgui.ini (directory created);
// empty when neither can be made.
std::string defaultIniPath();
// DPI factor: $SALVO_UI_SCALE when set (0.5..4), else from the desktop height (1 up to 1440 lines, then proportional).
float detectUiScale();

} // namespace salvo::ui
