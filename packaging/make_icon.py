"""Draw the application icon: a white house held by a safety net, on the window's navy.

Run it after changing the drawing; its output is committed (the build does not draw):
    .venv/bin/python packaging/make_icon.py
writes packaging/vangnet.png (256 px), packaging/vangnet.ico (16 to 256 px) and the window's
own copy app/resources/icons/vangnet.png.
Pillow comes with reportlab, so nothing extra is installed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
NAVY = (22, 58, 99, 255)  # #163a63, the selected navigation item in app/ui/style.py
WHITE = (255, 255, 255, 255)
NET = (143, 192, 235, 255)  # a light blue that still reads on navy at 16 px
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
SCALE = 4  # draw large and scale down, for smooth edges


def draw(size: int = 256) -> Image.Image:
    big = size * SCALE
    u = big / 256  # drawing units: a 256 x 256 grid
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8 * u, 8 * u, 248 * u, 248 * u), radius=48 * u, fill=NAVY)

    # the house: a roof and a body, with a door left open in navy
    pen.polygon([(128 * u, 40 * u), (206 * u, 108 * u), (50 * u, 108 * u)], fill=WHITE)
    pen.rectangle((72 * u, 104 * u, 184 * u, 166 * u), fill=WHITE)
    pen.rectangle((116 * u, 124 * u, 140 * u, 166 * u), fill=NAVY)

    # the net: a hammock under the house, with its mesh
    width = round(12 * u)
    box = (36 * u, 96 * u, 220 * u, 216 * u)
    pen.arc(box, start=20, end=160, fill=NET, width=width)
    for x in (76, 108, 148, 180):
        bottom = (x + (128 - x) * 0.25) * u
        pen.line([(x * u, 176 * u), (bottom, 204 * u)], fill=NET, width=width // 2)
    pen.line([(52 * u, 186 * u), (204 * u, 186 * u)], fill=NET, width=width // 2)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    icon = draw(256)
    icon.save(HERE / "vangnet.png", optimize=True)
    icon.save(HERE.parent / "app" / "resources" / "icons" / "vangnet.png", optimize=True)
    icon.save(HERE / "vangnet.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {HERE / 'vangnet.png'} and {HERE / 'vangnet.ico'} ({len(SIZES)} sizes)")


if __name__ == "__main__":
    main()
