// Empty: present so that automation can find the extension and open its panel page in a window.
