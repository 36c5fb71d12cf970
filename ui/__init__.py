"""The only package that imports PySide6 or ``vtkmodules.qt``: widgets that show and forward.

Logic lives in Qt-free classes of ``workstation``, ``render``, ``comms`` and ``courseware``. Layout:

- ``app.py`` (start-up, the ``gui`` and ``demo`` commands) and ``mainwindow.py`` (the window);
- ``common/``: languages (``i18n``), the one Qt threading helper (``qthreading``), the link's Qt bridge;
- ``reading/``: viewports, annotation tools, the study browser, compare with prior, volume bar, PACS;
- ``consult/``: the consult dock and the video call window;
- ``broadcast/``: the surgical broadcast studio and viewer;
- ``courses/``: catalogue, player, quizzes, the coordinator's page;
- ``referrals/``: the referral worklist and its dialogs;
- ``setup/``: the first-run wizard;
- ``translations/``: the .ts/.qm files of the eight languages and their glossaries.
"""
