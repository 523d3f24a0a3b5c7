"""One calm look for the whole window (light, readable, enough contrast)."""

STYLE = """
QWidget { font-size: 10pt; }
QLabel#pageTitle { font-size: 16pt; font-weight: 600; margin: 4px 0 2px 0; }
QLabel#pageIntro, QLabel#orderNote { color: #3d4a52; }
QLabel#countLabel { color: #3d4a52; font-weight: 600; }
QLabel#caseTitle { font-size: 17pt; font-weight: 600; }
QLabel#factLabel { color: #4a5660; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; margin-top: 6px; }
QLabel#demoBanner { background: #6b3d00; color: white; font-weight: 700; padding: 4px;
                    border-radius: 4px; }
QLabel#notice { background: #fff1d6; color: #4d2c00; padding: 6px; border-radius: 4px; }
QLabel#damageBanner { background: #fde8e7; color: #8c1d18; font-weight: 600; padding: 8px;
    border: 1px solid #8c1d18; border-radius: 4px; }
QLabel#problem { color: #8c1d18; }
QLabel#internalHint { background: #eef1f3; color: #3d4a52; padding: 6px; border-radius: 4px; }
QFrame#caseHeader { background: #f6f8fa; border: 1px solid #dde3e8; border-radius: 6px; }
QListWidget#nav { background: #f1f4f7; border: none; font-size: 11pt; padding-top: 6px; }
QListWidget#nav::item { padding: 9px 12px; border-radius: 4px; margin: 1px 6px; }
QListWidget#nav::item:selected { background: #163a63; color: white; }
QTableView { gridline-color: #e3e8ec; selection-background-color: #cfe0f5;
             selection-color: black; }
QHeaderView::section { background: #eef1f3; padding: 5px; border: none;
                       border-bottom: 1px solid #d5dce2; font-weight: 600; }
QWidget#lockScreen QLabel { font-size: 12pt; }
"""
