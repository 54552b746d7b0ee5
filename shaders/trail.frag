// Munition trail: texcoord.x = age along the trail (0 at the munition, 1 at the tail), texcoord.y = -1..1 across it.
// Alpha fades with age and softens at the edges.
#version 120
uniform float u_fadePower; // = 1.6 // exponent of the (1 - age) fade
void main() {
    float age = clamp(gl_TexCoord[0].x, 0.0, 1.0);
    float across = abs(gl_TexCoord[0].y);
    float a = pow(1.0 - age, u_fadePower) * (1.0 - smoothstep(0.45, 1.0, across));
    gl_FragColor = vec4(mix(gl_Color.rgb, vec3(1.0, 0.35, 0.1), age * 0.6), gl_Color.a * a);
}
