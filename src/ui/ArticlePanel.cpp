// Article: the text sentence by sentence, with place mentions, numbers (claims), time expressions and speakers
// highlighted. Clicking a place selects it and flies the map there; clicking a number or time selects its event.
// The sentences the selected object came from are shaded and scrolled into view.
// Word wrap is done here (ImGui's wrapped text cannot colour or click parts of a line): each word is measured and
// placed after the previous one, starting a new line when it would pass the right edge.
#include "ui/Panels.hpp"

#include <algorithm>

namespace salvo::ui {

namespace {

enum class SegKind { Plain, Place, Number, Time, Speaker };
struct Seg {
    size_t a = 0, b = 0; // byte offsets inside the sentence text
    SegKind kind = SegKind::Plain;
    std::string id;      // place id or event id to select
};

ImVec4 colourOf(SegKind k) {
    switch (k) {
    case SegKind::Place: return kColPlace;
    case SegKind::Number: return kColNumber;
    case SegKind::Time: return kColTime;
    case SegKind::Speaker: return kColSpeaker;
    default: return ImGui::GetStyle().Colors[ImGuiCol_Text];
    }
}

void addFound(std::vector<Seg>& segs, const std::string& text, const std::string& needle, SegKind k, const std::string& id) {
    if (needle.size() < 2) return;
    for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + needle.size()))
        segs.push_back({pos, pos + needle.size(), k, id});
}

render::Selection g_lastScrolledFor; // scroll once per new selection

// Title, publisher and date, and the colour legend.
void drawArticleHeader(const scenario::Source& src) {
    if (!src.title.empty()) ImGui::TextWrapped("%s", src.title.c_str());
    ImGui::TextColored(kColDim, "%s%s%s", src.publisher.c_str(), src.publisher.empty() ? "" : ", ", src.published.c_str());
    ImGui::TextColored(kColPlace, "place");
    ImGui::SameLine();
    ImGui::TextColored(kColNumber, "number");
    ImGui::SameLine();
    ImGui::TextColored(kColTime, "time");
    ImGui::SameLine();
    ImGui::TextColored(kColSpeaker, "speaker");
    ImGui::Separator();
}

// The sentence cut into plain and highlighted segments that cover its text in order: place mentions, claims' numbers,
// events' times and speakers.
std::vector<Seg> textFlow(const scenario::Scenario& sc, const scenario::Sentence& sent) {
    const std::string& text = sent.text;
    std::vector<Seg> segs;
    const auto rel = [&](size_t absStart, size_t absEnd, SegKind k, const std::string& id) {
        if (absStart < sent.start || absEnd > sent.start + text.size() || absEnd <= absStart) return;
        segs.push_back({absStart - sent.start, absEnd - sent.start, k, id});
    };
    for (const auto& p : sc.places)
        for (const auto& m : p.mentions)
            if (m.sentence == sent.index) rel(m.start, m.end, SegKind::Place, p.id);
    for (const auto& c : sc.claims)
        if (c.sentence == sent.index) {
            if (c.end > c.start) rel(c.start, c.end, SegKind::Number, c.event);
            else addFound(segs, text, c.text, SegKind::Number, c.event);
            addFound(segs, text, c.speaker, SegKind::Speaker, c.event);
        }
    for (const auto& e : sc.events)
        if (std::find(e.sentences.begin(), e.sentences.end(), sent.index) != e.sentences.end()) {
            if (e.time) addFound(segs, text, e.time->text, SegKind::Time, e.id);
            addFound(segs, text, e.speaker, SegKind::Speaker, e.id);
        }
    // Earliest first; drop overlaps (a place inside a speaker's name keeps the first found).
    std::sort(segs.begin(), segs.end(), [](const Seg& a, const Seg& b) { return a.a < b.a || (a.a == b.a && a.b > b.b); });
    std::vector<Seg> flow;
    size_t at = 0;
    for (const auto& g : segs) {
        if (g.a < at) continue;
        if (g.a > at) flow.push_back({at, g.a, SegKind::Plain, {}});
        flow.push_back(g);
        at = g.b;
    }
    if (at < text.size()) flow.push_back({at, text.size(), SegKind::Plain, {}});
    return flow;
}

// The segments word by word, wrapped at wrapRight; a highlighted word is underlined on hover and selects its place or
// event when clicked.
void drawWrappedWords(ViewerState& s, const std::string& text, const std::vector<Seg>& flow, ImDrawList* dl,
                      float wrapRight, float spaceW) {
    bool lineStart = true;
    int wordId = 0;
    for (const auto& f : flow) {
        size_t p = f.a;
        while (p < f.b) {
            // One word and its trailing spaces.
            size_t q = p;
            while (q < f.b && text[q] != ' ') ++q;
            const std::string word = text.substr(p, q - p);
            while (q < f.b && text[q] == ' ') ++q;
            const bool trailingSpace = q > p + word.size();
            p = q;
            if (word.empty()) {
                // Spaces at the start of a segment (right after a highlighted span) still separate words.
                if (trailingSpace && !lineStart) {
                    ImGui::SameLine(0, 0);
                    if (ImGui::GetCursorPosX() + spaceW <= wrapRight) ImGui::Dummy(ImVec2(spaceW, ImGui::GetTextLineHeight()));
                    else ImGui::NewLine(), lineStart = true;
                }
                continue;
            }
            const ImVec2 sz = ImGui::CalcTextSize(word.c_str());
            if (!lineStart) {
                ImGui::SameLine(0, 0);
                if (ImGui::GetCursorPosX() + sz.x > wrapRight) ImGui::NewLine();
            }
            ImGui::PushID(wordId++);
            ImGui::TextColored(colourOf(f.kind), "%s", word.c_str());
            if (f.kind != SegKind::Plain && !f.id.empty()) {
                if (ImGui::IsItemHovered()) {
                    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
                    dl->AddLine(ImVec2(a.x, b.y), b, ImGui::GetColorU32(colourOf(f.kind)));
                }
                if (ImGui::IsItemClicked()) {
                    if (f.kind == SegKind::Place) s.selectPlace(f.id);
                    else s.selectEvent(f.id);
                }
            }
            ImGui::PopID();
            lineStart = false;
            if (trailingSpace) {
                ImGui::SameLine(0, 0);
                if (ImGui::GetCursorPosX() + spaceW <= wrapRight) ImGui::Dummy(ImVec2(spaceW, sz.y));
                else ImGui::NewLine(), lineStart = true;
            }
        }
    }
}

} // namespace

void drawArticlePanel(ViewerState& s) {
    if (!s.showArticle) return;
    if (!beginPanel(s.layout, Panel::Article, "Article", &s.showArticle)) {
        ImGui::End();
        return;
    }
    drawArticleHeader(s.applied.source);
    ImGui::BeginChild("text", ImVec2(0, 0), false);
    const auto selected = s.selectedSentences();
    const bool newSelection = !(s.selection == g_lastScrolledFor);
    bool scrolled = false;
    std::string lastHeading;
    const float wrapRight = ImGui::GetContentRegionAvail().x;
    const float spaceW = ImGui::CalcTextSize(" ").x;
    for (const auto& sent : s.applied.sentences) {
        if (!sent.heading.empty() && sent.heading != lastHeading) {
            lastHeading = sent.heading;
            ImGui::Spacing();
            ImGui::TextColored(kColDim, "%s", sent.heading.c_str());
        }
        const std::vector<Seg> flow = textFlow(s.applied, sent);

        const bool isSel = std::binary_search(selected.begin(), selected.end(), sent.index);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        const ImVec2 start = ImGui::GetCursorScreenPos();
        if (isSel && newSelection && !scrolled) {
            ImGui::SetScrollHereY(0.2f);
            scrolled = true;
        }
        ImGui::PushID(sent.index);
        drawWrappedWords(s, sent.text, flow, dl, wrapRight, spaceW);
        ImGui::PopID();
        const ImVec2 end(start.x + wrapRight, ImGui::GetItemRectMax().y);
        dl->ChannelsSetCurrent(0);
        if (isSel) dl->AddRectFilled(ImVec2(start.x - 4, start.y - 2), ImVec2(end.x, end.y + 2), IM_COL32(255, 210, 80, 40), 3);
        dl->ChannelsMerge();
        ImGui::Dummy(ImVec2(0, 4));
    }
    if (newSelection) g_lastScrolledFor = s.selection;
    ImGui::EndChild();
    ImGui::End();
}

} // namespace salvo::ui
