// Hatch for uncertain areas (a sea or region the text names without a point): diagonal stripes in screen space,
// u_spacing pixels apart and u_width pixels wide, over a faint fill of the same colour.
#version 120
uniform float u_spacing; // = 8 // pixels between stripe starts
uniform float u_width;   // = 2 // stripe width in pixels
void main() {
    float d = mod(gl_FragCoord.x + gl_FragCoord.y, u_spacing);
    float on = step(d, u_width);
    gl_FragColor = vec4(gl_Color.rgb, gl_Color.a * mix(0.15, 1.0, on));
}
