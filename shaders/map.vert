// Pass-through vertex shader shared by Salvo's map shaders (SFML compatibility profile): position through SFML's
// matrices, colour and texture coordinates (used as shader parameters, not texture lookups) unchanged.
#version 120
void main() {
    gl_Position = gl_ModelViewProjectionMatrix * gl_Vertex;
    gl_TexCoord[0] = gl_MultiTexCoord0;
    gl_FrontColor = gl_Color;
}
