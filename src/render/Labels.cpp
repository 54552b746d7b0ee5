#include "render/Labels.hpp"

#include "render/Style.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/System/String.hpp>

#include <algorithm>
#include <cmath>

namespace salvo::render {

float LabelLayer::measure(const std::string& utf8, unsigned sizePx, bool bold) const {
    const sf::String s = sf::String::fromUtf8(utf8.begin(), utf8.end());
    float w = 0;
    for (sf::Uint32 c : s) w += m_font.getGlyph(c, sizePx, bold).advance;
    return w;
}

int LabelLayer::draw(sf::RenderTarget& target, const std::vector<sf::FloatRect>& reserved) {
    std::stable_sort(m_requests.begin(), m_requests.end(),
                     [](const LabelRequest& a, const LabelRequest& b) { return a.priority > b.priority; });
    const sf::Vector2f size(target.getSize());
    std::vector<sf::FloatRect> placed = reserved;
    sf::Text text;
    text.setFont(m_font);
    sf::CircleShape dot(2.5f, 10);
    dot.setOrigin(2.5f, 2.5f);
    int drawn = 0;
    for (const auto& r : m_requests) {
        const float w = measure(r.text, r.sizePx, r.bold) * (r.letterSpacing > 1 ? r.letterSpacing : 1.f);
        const float h = static_cast<float>(r.sizePx) * 1.2f;
        sf::FloatRect box;
        if (r.centred) box = {r.anchor.x - 0.5f * w, r.anchor.y - 0.5f * h, w, h};
        else box = {r.anchor.x + 5, r.anchor.y - 0.6f * h, w, h};
        if (box.left < 0 || box.top < 0 || box.left + box.width > size.x || box.top + box.height > size.y) continue;
        const sf::FloatRect padded{box.left - 3, box.top - 1, box.width + 6, box.height + 2};
        if (std::any_of(placed.begin(), placed.end(), [&](const sf::FloatRect& p) { return p.intersects(padded); }))
            continue;
        placed.push_back(padded);
        if (r.dot) {
            dot.setFillColor(r.dotColor);
            dot.setPosition(r.anchor);
            target.draw(dot);
        }
        text.setString(sf::String::fromUtf8(r.text.begin(), r.text.end()));
        text.setCharacterSize(r.sizePx);
        text.setFillColor(r.color);
        text.setOutlineColor(style::kHalo);
        text.setOutlineThickness(1.5f);
        text.setLetterSpacing(r.letterSpacing);
        text.setStyle((r.italic ? sf::Text::Italic : 0) | (r.bold ? sf::Text::Bold : 0));
        // Text origin is the top of the line box: shift up by the font's ascent offset so the box matches.
        text.setPosition(std::round(box.left), std::round(box.top - 0.15f * r.sizePx));
        target.draw(text);
        ++drawn;
    }
    return drawn;
}

} // namespace salvo::render
