/// Files of `Client/` as text, one constant each (`Embedded.paieska`), generated when the
/// module is built (Plugins/EmbedClient).
enum Embedded {}
