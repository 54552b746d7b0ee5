#pragma once
// LabelLayer: decluttered map labels. Requests are collected during a frame with a priority (scenario objects first,
// then seas, countries, populated places by population); draw() places them greedily in priority order, skipping any
// whose box would overlap an already placed one or leave the screen, and draws text with a dark halo (SFML outline).
// Widths are measured from the font's glyph advances, so the boxes match what is drawn.
//   LabelLayer labels(font);  labels.add({"Raqqa", screenPos, 12, style::kPlaceLabel, 100});  labels.draw(target);
#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <string>
#include <vector>

namespace salvo::render {

struct LabelRequest {
    std::string text;          // UTF-8
    sf::Vector2f anchor;       // screen pixels
    unsigned sizePx = 12;
    sf::Color color = sf::Color::White;
    float priority = 0;        // higher is placed first
    bool dot = false;          // draw a small dot at the anchor and put the text to its right
    sf::Color dotColor = sf::Color::White;
    bool centred = false;      // centre the text on the anchor (seas, countries)
    bool italic = false;
    bool bold = false;
    float letterSpacing = 1;   // SFML letter spacing factor (countries use 1.4)
};

class LabelLayer {
public:
    explicit LabelLayer(const sf::Font& font) : m_font(font) {}
    void clear() { m_requests.clear(); }
    void add(LabelRequest r) { m_requests.push_back(std::move(r)); }
    // Places and draws; returns the number drawn. `reserved` boxes (legend, panels) are kept free.
    int draw(sf::RenderTarget& target, const std::vector<sf::FloatRect>& reserved = {});
    float measure(const std::string& utf8, unsigned sizePx, bool bold) const;

private:
    const sf::Font& m_font;
    std::vector<LabelRequest> m_requests;
};

} // namespace salvo::render
