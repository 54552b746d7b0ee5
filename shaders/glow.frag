// Impact / crash glow on a quad whose texcoords run -1..1: a white-hot core and a gaussian halo in the vertex colour.
// Drawn with additive blending.
#version 120
void main() {
    float r = length(gl_TexCoord[0].xy);
    float core = 1.0 - smoothstep(0.0, 0.22, r);
    float halo = exp(-r * r * 5.0) * (1.0 - smoothstep(0.85, 1.0, r));
    gl_FragColor = vec4(mix(gl_Color.rgb, vec3(1.0), core * 0.8), gl_Color.a * max(core, halo));
}
