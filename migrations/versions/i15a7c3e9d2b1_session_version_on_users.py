"""session version on users: sign-out ends every copy of a teacher's session

Revision ID: i15a7c3e9d2b1
Revises: d4b637369b0b
Create Date: 2026-12-03 02:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'i15a7c3e9d2b1'
down_revision = 'd4b637369b0b'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_version', sa.Integer(), server_default='0', nullable=False))


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('session_version')
